import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { ForbiddenError } from "../errors";
import { formatError } from "./errors";

describe("formatError", () => {
  const unexpected = {
    message: 'duplicate key value violates unique constraint "users_email_key"',
    path: ["inviteUser"],
    extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["QueryFailedError: at PostgresQueryRunner.query"] },
  };

  it("hides the text and stack of unexpected errors in production", () => {
    expect(formatError(true)(unexpected)).toEqual({ message: "Internal server error", path: ["inviteUser"], extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });

  it("maps a domain error thrown by a resolver to its code and message, without a stack trace in production", () => {
    const thrown = new GraphQLError("Unexpected error.", { originalError: new ForbiddenError() });
    const formatted = formatError(true)({ message: "Unexpected error.", path: ["plan"], extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] } }, thrown);
    expect(formatted).toEqual({ message: "You do not have permission to do that.", path: ["plan"], extensions: { code: "FORBIDDEN" } });
  });

  it("keeps the errors GraphQL itself reports, such as validation failures", () => {
    const validation = { message: "Cannot query field", extensions: { code: "GRAPHQL_VALIDATION_FAILED", stacktrace: ["at y"] } };
    expect(formatError(true)(validation)).toEqual({ message: "Cannot query field", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });

  it("shows everything in development", () => {
    expect(formatError(false)(unexpected)).toBe(unexpected);
  });
});
