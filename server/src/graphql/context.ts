/**
 * Per-request context: the signed-in user (if any), per-request loaders, and cookie helpers. A live
 * subscription has one context for its whole life and no HTTP request or response.
 */
import type { Request, Response } from "express";
import type { Services } from "../services";
import type { User } from "../modules/users/user.entity";
import type { AuthenticatedSession } from "../modules/auth/session.service";
import { UnauthenticatedError } from "../errors";
import { createCommentLoaders, type CommentLoaders } from "../modules/comments/comment.loaders";
import { createLoaders, type Loaders } from "./loaders";

export interface Context {
  user: User | null;
  sessionId: string | null;
  services: Services;
  loaders: Loaders;
  commentLoaders: CommentLoaders;
  /** Absent on a WebSocket subscription. */
  req?: Request;
  res?: Response;
}

export function requireUser(context: Context): User {
  if (!context.user) throw new UnauthenticatedError();
  return context.user;
}

export async function buildContext(services: Services, req: Request, res: Response): Promise<Context> {
  const token = services.auth.tokenFromCookies(req.headers.cookie);
  const session = await services.sessions.authenticate(token);
  return { ...sessionContext(services, session), req, res };
}

/** The context of a signed-in session (or of nobody), without HTTP: subscriptions use it directly. */
export function sessionContext(services: Services, session: AuthenticatedSession | null): Context {
  const userId = session?.user.id ?? null;
  return {
    user: session?.user ?? null,
    sessionId: session?.sessionId ?? null,
    services,
    loaders: createLoaders(services.dataSource, userId),
    commentLoaders: createCommentLoaders(services.comments, userId),
  };
}

/** Drops everything the loaders cached: a subscription event must read rows as they are now. */
export function refreshLoaders(context: Context): void {
  for (const loader of [...Object.values(context.loaders), ...Object.values(context.commentLoaders)]) loader.clearAll();
}
