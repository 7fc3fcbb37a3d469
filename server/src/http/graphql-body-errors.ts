/**
 * A /graphql request whose body cannot be read (malformed JSON, too large, unknown charset) is answered
 * the GraphQL-over-HTTP way, with a JSON `errors` list, instead of Express's HTML error page.
 */
import type { ErrorRequestHandler } from "express";

const GRAPHQL_RESPONSE = "application/graphql-response+json";

interface BodyParserError {
  status: number;
  type?: string;
  message: string;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" && status >= 400 && status < 500 && (error as { expose?: unknown }).expose === true;
}

function messageFor(error: BodyParserError, limitBytes: number): string {
  if (error.type === "entity.parse.failed") return "The request body is not valid JSON.";
  if (error.type === "entity.too.large") return `The request body is larger than ${Math.round(limitBytes / 1024)} KB.`;
  return error.message;
}

export function graphqlBodyErrors(limitBytes: number): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (!isBodyParserError(error)) return next(error);
    // A client that did not ask for the newer media type (or sent no Accept) gets application/json.
    const type = req.accepts(["application/json", GRAPHQL_RESPONSE]) === GRAPHQL_RESPONSE ? GRAPHQL_RESPONSE : "application/json";
    res
      .status(error.status)
      .type(type)
      .send(JSON.stringify({ errors: [{ message: messageFor(error, limitBytes), extensions: { code: "BAD_REQUEST" } }] }));
  };
}
