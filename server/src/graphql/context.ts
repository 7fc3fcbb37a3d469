/** Per-request context: the signed-in user (if any), the services resolvers call, per-request loaders. */
import type { Request, Response } from "express";
import { UnauthenticatedError } from "../errors";
import type { AuditService } from "../modules/audit/audit.service";
import type { AuthService } from "../modules/auth/auth.service";
import type { SessionService } from "../modules/auth/session.service";
import type { PlanMemberService } from "../modules/plans/plan-member.service";
import type { PlanService } from "../modules/plans/plan.service";
import type { SignoffService } from "../modules/signoff/signoff.service";
import type { TacticReviewService } from "../modules/signoff/tactic-review.service";
import type { User } from "../modules/users/user.entity";
import type { UserService } from "../modules/users/user.service";
import type { VersionService } from "../modules/versions/version.service";
import { createLoaders, type LoaderRepositories, type Loaders } from "./loaders";

/** What resolvers may call; the composition root (`services.ts`) provides it. */
export interface ContextServices {
  sessions: SessionService;
  auth: AuthService;
  users: UserService;
  plans: PlanService;
  members: PlanMemberService;
  versions: VersionService;
  signoffs: SignoffService;
  tacticReviews: TacticReviewService;
  audit: AuditService;
  repositories: LoaderRepositories;
}

export interface Context {
  user: User | null;
  sessionId: string | null;
  services: ContextServices;
  loaders: Loaders;
  req: Request;
  res: Response;
}

export function requireUser(context: Context): User {
  if (!context.user) throw new UnauthenticatedError();
  return context.user;
}

export async function buildContext(services: ContextServices, req: Request, res: Response): Promise<Context> {
  const token = services.auth.tokenFromCookies(req.headers.cookie);
  const session = await services.sessions.authenticate(token);
  return {
    user: session?.user ?? null,
    sessionId: session?.sessionId ?? null,
    services,
    loaders: createLoaders(services.repositories, session?.user.id ?? null),
    req,
    res,
  };
}
