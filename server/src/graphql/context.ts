/**
 * Per-request context: the signed-in user (if any), the services resolvers call, per-request loaders.
 * A live subscription has one context for its whole life and no HTTP request or response.
 */
import type { Request, Response } from "express";
import { UnauthenticatedError } from "../errors";
import type { AuditService } from "../modules/audit/audit.service";
import type { Env } from "../config/env";
import type { AccountService } from "../modules/auth/account.service";
import type { AuthService } from "../modules/auth/auth.service";
import type { InvitationService } from "../modules/invitations/invitation.service";
import type { AuthenticatedSession, SessionService } from "../modules/auth/session.service";
import type { CommentFeed } from "../modules/comments/comment-feed";
import { createCommentLoaders, type CommentLoaders } from "../modules/comments/comment.loaders";
import type { CampaignService } from "../modules/campaigns/campaigns.service";
import type { LeadService } from "../modules/leads/leads.service";
import type { CommentsService, PlanAccessRow } from "../modules/comments/comments.service";
import type { PlanMemberService } from "../modules/plans/plan-member.service";
import type { DocumentVersions } from "../modules/plans/plan-documents.port";
import type { PlanService } from "../modules/plans/plan.service";
import type { SignoffService } from "../modules/signoff/signoff.service";
import type { TacticReviewService } from "../modules/signoff/tactic-review.service";
import type { User } from "../modules/users/user.entity";
import type { UserService } from "../modules/users/user.service";
import type { VersionService } from "../modules/versions/version.service";
import type { CouncilDigestService } from "../modules/council/council-digest.service";
import type { CouncilService } from "../modules/council/council.service";
import type { FeedbackService } from "../modules/feedback/feedback.service";
import type { InsightsService } from "../modules/insights/insights.service";
import { createLoaders, type LoaderRepositories, type Loaders } from "./loaders";

/** What resolvers may call; the composition root (`services.ts`) provides it. */
export interface ContextServices {
  /** Where absolute links (invitations, resets) point when PUBLIC_URL is set. */
  env: Pick<Env, "publicUrl">;
  sessions: SessionService;
  auth: AuthService;
  accounts: AccountService;
  invitations: InvitationService;
  users: UserService;
  plans: PlanService;
  members: PlanMemberService;
  versions: VersionService;
  signoffs: SignoffService;
  tacticReviews: TacticReviewService;
  audit: AuditService;
  comments: CommentsService;
  commentFeed: CommentFeed;
  leads: LeadService;
  campaigns: CampaignService;
  /** Origin for absolute links (PUBLIC_URL); unset: the request's own origin. */
  publicUrl?: string;
  repositories: LoaderRepositories;
  council: CouncilService;
  councilDigests: CouncilDigestService;
  feedback: FeedbackService;
  insights: InsightsService;
}

export interface Context {
  user: User | null;
  sessionId: string | null;
  services: ContextServices;
  loaders: Loaders;
  commentLoaders: CommentLoaders;
  /** Stored document versions this request has looked up (see DocumentViews). */
  documentVersions: DocumentVersions;
  /** Absent on a WebSocket subscription. */
  req?: Request;
  res?: Response;
}

export function requireUser(context: Context): User {
  if (!context.user) throw new UnauthenticatedError();
  return context.user;
}

export async function buildContext(services: ContextServices, req: Request, res: Response): Promise<Context> {
  const token = services.auth.tokenFromCookies(req.headers.cookie);
  const session = await services.sessions.authenticate(token);
  return { ...sessionContext(services, session), req, res };
}

/** The context of a signed-in session (or of nobody), without HTTP: subscriptions use it directly. */
export function sessionContext(services: ContextServices, session: AuthenticatedSession | null): Context {
  const userId = session?.user.id ?? null;
  const loaders = createLoaders(services.repositories, userId);
  // The signed-in user's row was just read with the session: as owner, author or member it costs no query.
  if (session) loaders.user.prime(session.user.id, session.user);
  const documentVersions: DocumentVersions = new Map();
  return {
    user: session?.user ?? null,
    sessionId: session?.sessionId ?? null,
    services,
    loaders,
    commentLoaders: createCommentLoaders(services.comments, userId, loaders.user, documentVersions),
    documentVersions,
  };
}

/**
 * Remembers, for the rest of the request, a plan and the user's role in it that a resolver has just
 * read: its fields (`myRole`, every thread's and comment's `viewerCan`) then ask no second time.
 */
export function primePlanAccess(context: Context, access: PlanAccessRow): void {
  context.loaders.myRole.prime(access.plan.id, access.role);
  context.commentLoaders.planAccess.prime(access.plan.id, access);
}

/** Drops everything the loaders cached, and the document versions looked up: a subscription event must read rows as they are now. */
export function refreshLoaders(context: Context): void {
  for (const loader of [...Object.values(context.loaders), ...Object.values(context.commentLoaders)]) loader.clearAll();
  context.documentVersions.clear();
}
