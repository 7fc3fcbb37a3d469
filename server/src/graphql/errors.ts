/**
 * The one place domain errors become GraphQL errors: a thrown `DomainError` keeps its message and gets
 * `extensions.code`; anything else is masked in production (no SQL, no stack traces).
 */
import type { GraphQLFormattedError } from "graphql";
import { DatabaseUnavailableError, DomainError, isDatabaseUnavailable } from "../errors";

const KNOWN_CODES = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "SERVICE_UNAVAILABLE",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** Keeps intended errors as they are and hides the text of unexpected ones (SQL, stack traces) in production. */
export function formatError(isProduction: boolean) {
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    const domain = findDomainError(error) ?? (isDatabaseUnavailable(error) ? new DatabaseUnavailableError() : undefined);
    if (domain instanceof DomainError) {
      const extensions: Record<string, unknown> = { ...formatted.extensions, code: domain.code };
      if (isProduction) delete extensions.stacktrace;
      return { ...formatted, message: domain.message, extensions };
    }
    const code = String(formatted.extensions?.code ?? "INTERNAL_SERVER_ERROR");
    if (KNOWN_CODES.has(code)) {
      if (!isProduction) return formatted;
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (!isProduction) return formatted;
    return { message: "Internal server error", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}

/** GraphQL wraps what a resolver throws (sometimes twice); the domain error is at the end of the chain. */
function findDomainError(error: unknown): DomainError | undefined {
  for (let current = error; current instanceof Error; current = (current as { originalError?: unknown }).originalError) {
    if (current instanceof DomainError) return current;
  }
  return undefined;
}
