import { describe, expect, it } from "vitest";
import { formatError, ForbiddenError } from "./errors";

describe("formatError", () => {
  const unexpected = {
    message: 'duplicate key value violates unique constraint "users_email_key"',
    path: ["inviteUser"],
    extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["QueryFailedError: at PostgresQueryRunner.query"] },
  };

  it("hides the text and stack of unexpected errors in production", () => {
    expect(formatError(true)(unexpected)).toEqual({ message: "Internal server error", path: ["inviteUser"], extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });

  it("keeps intended errors and their code in production, without a stack trace", () => {
    const error = new ForbiddenError();
    const formatted = formatError(true)({ message: error.message, extensions: { code: error.code, stacktrace: ["at x"] } });
    expect(formatted).toEqual({ message: "You do not have permission to do that.", extensions: { code: "FORBIDDEN" } });
  });

  it("shows everything in development", () => {
    expect(formatError(false)(unexpected)).toBe(unexpected);
  });
});
