/**
 * The one place domain errors become GraphQL errors: a thrown `DomainError` keeps its message and gets
 * `extensions.code`; an input that fails its class-validator rules says which field and why; anything else
 * is masked in production (no SQL, no stack traces).
 */
import type { ValidationError } from "class-validator";
import type { GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { DatabaseUnavailableError, DomainError, isDatabaseUnavailable } from "../errors";

/** One refused input field: its path in the arguments (`title`, `goals.0.name`) and a sentence for a person. */
export interface FieldError {
  field: string;
  message: string;
}

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
    const invalid = findInChain(error, ArgumentValidationError);
    if (invalid) {
      const fields = fieldErrors(invalid.extensions.validationErrors);
      // type-graphql says only "Argument Validation Error"; the rules' own messages are written for people.
      const message = [...new Set(fields.map((field) => field.message))].join(" ") || "Some of the information entered isn't valid.";
      const extensions = { code: "BAD_USER_INPUT", field: fields[0]?.field, fields };
      return { message, locations: formatted.locations, path: formatted.path, extensions };
    }
    const domain = findInChain(error, DomainError) ?? (isDatabaseUnavailable(error) ? new DatabaseUnavailableError() : undefined);
    if (domain) {
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

/** GraphQL wraps what a resolver throws (sometimes twice); the error we mean is somewhere down the chain. */
function findInChain<T>(error: unknown, kind: abstract new (...args: never[]) => T): T | undefined {
  for (let current = error; current instanceof Error; current = (current as { originalError?: unknown }).originalError) {
    if (current instanceof kind) return current;
  }
  return undefined;
}

/** class-validator's tree (nested inputs have children) flattened to one entry per broken rule. */
function fieldErrors(errors: readonly ValidationError[] | undefined, parent = ""): FieldError[] {
  return (errors ?? []).flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message: readable(message, error.property) }));
    return [...own, ...fieldErrors(error.children, field)];
  });
}

/** class-validator's default messages start with the property's name ("planId must be a UUID"): make them sentences. */
function readable(message: string, property: string): string {
  const words = property.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  const named = message.startsWith(property) ? words + message.slice(property.length) : message;
  const sentence = named.charAt(0).toUpperCase() + named.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
