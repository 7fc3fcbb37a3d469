/**
 * The one place domain errors become HTTP answers for the plain (non-GraphQL) routes: a status from the
 * error's code and a JSON body `{ error: { code, message } }`. Anything else is a 500 whose text is
 * hidden in production, like the GraphQL layer does.
 */
import type { ErrorRequestHandler, Response } from "express";
import { DomainError, type ErrorCode } from "../errors";
import type { Logger } from "../observability/logger";

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
};

export function sendError(res: Response, error: unknown, isProduction: boolean): void {
  if (error instanceof DomainError) {
    const reason = "reason" in error && typeof error.reason === "string" ? { reason: error.reason } : {};
    res.status(STATUS[error.code]).json({ error: { code: error.code, ...reason, message: error.message } });
    return;
  }
  (res.locals.log as Logger | undefined)?.error({ err: error, path: res.req.path }, "request failed");
  const message = isProduction || !(error instanceof Error) ? "Internal server error" : error.message;
  res.status(500).json({ error: { code: "INTERNAL_SERVER_ERROR", message } });
}

/** Express error middleware for routers that pass errors to `next`. */
export function jsonErrors(isProduction: boolean): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    sendError(res, error, isProduction);
  };
}
