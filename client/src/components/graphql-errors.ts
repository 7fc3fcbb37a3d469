import type { CombinedError } from "urql";

/** The error codes the server puts in `extensions.code`. */
export type ApiErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_USER_INPUT" | "CONFLICT";

const FALLBACK_MESSAGES: Record<ApiErrorCode, string> = {
  UNAUTHENTICATED: "Your session has ended. Please sign in again.",
  FORBIDDEN: "You don't have permission to do that.",
  NOT_FOUND: "We couldn't find what you were looking for.",
  BAD_USER_INPUT: "Some of the information entered isn't valid.",
  CONFLICT: "That conflicts with something that already exists.",
};

export function errorCode(error: CombinedError | undefined): ApiErrorCode | undefined {
  const code = error?.graphQLErrors.find((e) => typeof e.extensions?.code === "string")?.extensions.code;
  return typeof code === "string" && code in FALLBACK_MESSAGES ? (code as ApiErrorCode) : undefined;
}

/**
 * A sentence to show a person. Server messages for input and conflict errors are written for users
 * ("A member with that email already exists"), so they are shown as-is; other codes get a fixed sentence.
 */
export function describeError(error: CombinedError | undefined): string | undefined {
  if (!error) return undefined;
  if (error.networkError) return "Can't reach planbridge. Check your connection and try again.";
  const code = errorCode(error);
  const serverMessage = error.graphQLErrors[0]?.message;
  if ((code === "BAD_USER_INPUT" || code === "CONFLICT") && serverMessage) return serverMessage;
  if (code) return FALLBACK_MESSAGES[code];
  return serverMessage ?? "Something went wrong. Please try again.";
}
