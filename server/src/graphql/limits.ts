/**
 * Bounds on the work one request can ask for: body size and token count (checked before validation),
 * then nesting depth and alias count (validation rules).
 */
import { GraphQLError, Kind, type ASTNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from "graphql";

/** The largest request body; plan text travels over the collaboration socket, not GraphQL. */
export const MAX_BODY_BYTES = 100 * 1024;
/** Tokens in one document: the plan page query has a few hundred. */
export const MAX_TOKENS = 2_000;
export const MAX_QUERY_DEPTH = 10;
export const MAX_ALIASES = 30;

function depthOf(selectionSet: SelectionSetNode | undefined, context: ValidationContext, seen: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, context, seen) : 0);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, context, seen));
    } else if (!seen.has(selection.name.value)) {
      const fragment = context.getFragment(selection.name.value);
      deepest = Math.max(deepest, depthOf(fragment?.selectionSet, context, new Set(seen).add(selection.name.value)));
    }
  }
  return deepest;
}

function countAliases(node: ASTNode): number {
  let count = 0;
  const visit = (current: ASTNode) => {
    if (current.kind === Kind.FIELD && current.alias) count += 1;
    if ("selectionSet" in current && current.selectionSet) current.selectionSet.selections.forEach(visit);
  };
  visit(node);
  return count;
}

export const queryLimits: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    const depth = depthOf(operation.selectionSet, context, new Set());
    if (depth > MAX_QUERY_DEPTH) {
      context.reportError(new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${MAX_QUERY_DEPTH}.`, { nodes: [operation] }));
    }
    const aliases = countAliases(operation);
    if (aliases > MAX_ALIASES) {
      context.reportError(new GraphQLError(`Query uses ${aliases} aliases; the limit is ${MAX_ALIASES}.`, { nodes: [operation] }));
    }
  },
});
