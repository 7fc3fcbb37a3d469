/** Per-request context: the signed-in user (if any), per-request loaders, and cookie helpers. */
import type { Request, Response } from "express";
import type { Services } from "../services";
import type { User } from "../modules/users/user.entity";
import { UnauthenticatedError } from "../errors";
import { createLoaders, type Loaders } from "./loaders";

export interface Context {
  user: User | null;
  sessionId: string | null;
  services: Services;
  loaders: Loaders;
  req: Request;
  res: Response;
}

export function requireUser(context: Context): User {
  if (!context.user) throw new UnauthenticatedError();
  return context.user;
}

export async function buildContext(services: Services, req: Request, res: Response): Promise<Context> {
  const token = services.auth.tokenFromCookies(req.headers.cookie);
  const session = await services.sessions.authenticate(token);
  return {
    user: session?.user ?? null,
    sessionId: session?.sessionId ?? null,
    services,
    loaders: createLoaders(services.dataSource, session?.user.id ?? null),
    req,
    res,
  };
}
