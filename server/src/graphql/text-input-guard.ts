/**
 * Refuses text PostgreSQL cannot store before any resolver runs: a NUL character (Postgres text cannot
 * hold U+0000 and the driver fails with an internal error) or a lone UTF-16 surrogate (silently turned into
 * U+FFFD on the way in, so what is stored would differ from what was sent). Checks string literals in
 * the document and every string in the variables, so each input is covered, present and future. HTTP
 * requests pass through the Apollo plugin; subscriptions over WebSocket call `unstorableTextError`.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, visit, type DocumentNode } from "graphql";

// eslint-disable-next-line no-control-regex -- matching U+0000 is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Apollo keeps parsed documents and hands the same one back: each is walked once. */
const checkedDocuments = new WeakMap<DocumentNode, boolean>();

function literalsHaveUnstorableText(document: DocumentNode): boolean {
  let found = checkedDocuments.get(document);
  if (found === undefined) {
    found = walkLiterals(document);
    checkedDocuments.set(document, found);
  }
  return found;
}

function walkLiterals(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING](node) {
      if (UNSTORABLE.test(node.value)) found = true;
    },
  });
  return found;
}

function valueHasUnstorableText(value: unknown): boolean {
  if (typeof value === "string") return UNSTORABLE.test(value);
  if (Array.isArray(value)) return value.some(valueHasUnstorableText);
  if (value && typeof value === "object") {
    return Object.entries(value).some(([key, inner]) => UNSTORABLE.test(key) || valueHasUnstorableText(inner));
  }
  return false;
}

/** The BAD_USER_INPUT error for an operation carrying text PostgreSQL cannot store, or null. */
export function unstorableTextError(document: DocumentNode, variables: unknown): GraphQLError | null {
  if (!literalsHaveUnstorableText(document) && !valueHasUnstorableText(variables)) return null;
  return new GraphQLError("Text may not contain NUL characters or unpaired surrogates.", {
    extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
  });
}

export const textInputGuard: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ document, request }) {
        const error = unstorableTextError(document, request.variables);
        if (error) throw error;
        return Promise.resolve();
      },
    });
  },
};
