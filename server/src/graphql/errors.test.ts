import { ValidationError } from "class-validator";
import { GraphQLError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
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

  it("turns class-validator failures into readable, field-level messages (nested inputs too), in either mode", () => {
    const title = Object.assign(new ValidationError(), { property: "title", constraints: { length: "A plan title needs 1 to 200 characters." } });
    const goal = Object.assign(new ValidationError(), { property: "targetValue", constraints: { min: "targetValue must not be less than 0" } });
    const goals = Object.assign(new ValidationError(), { property: "goals", children: [Object.assign(new ValidationError(), { property: "0", children: [goal] })] });
    const thrown = new GraphQLError("Argument Validation Error", { originalError: new ArgumentValidationError([title, goals]) });
    const formatted = { message: "Argument Validation Error", path: ["createPlan"], extensions: { code: "BAD_USER_INPUT", stacktrace: ["at z"] } };
    for (const isProduction of [true, false]) {
      expect(formatError(isProduction)(formatted, thrown)).toEqual({
        message: "A plan title needs 1 to 200 characters. Target value must not be less than 0.",
        path: ["createPlan"],
        extensions: {
          code: "BAD_USER_INPUT",
          field: "title",
          fields: [
            { field: "title", message: "A plan title needs 1 to 200 characters." },
            { field: "goals.0.targetValue", message: "Target value must not be less than 0." },
          ],
        },
      });
    }
  });
});
