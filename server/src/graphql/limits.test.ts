import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { MAX_QUERY_DEPTH, queryLimits } from "./limits";

// A self-referencing type lets a query nest as deep as it likes, which is what the rule must stop.
const schema = buildSchema(`type Node { id: ID child: Node } type Query { node: Node }`);

function nested(depth: number): string {
  let selection = "id";
  for (let i = 0; i < depth - 1; i += 1) selection = `child { ${selection} }`;
  return `query { node { ${selection} } }`;
}

describe("query limits", () => {
  it("accepts a query at the depth limit and rejects one level deeper", () => {
    expect(validate(schema, parse(nested(MAX_QUERY_DEPTH)), [queryLimits])).toEqual([]);
    const errors = validate(schema, parse(nested(MAX_QUERY_DEPTH + 1)), [queryLimits]);
    expect(errors.map((error) => error.message)).toEqual([`Query is nested ${MAX_QUERY_DEPTH + 1} levels deep; the limit is ${MAX_QUERY_DEPTH}.`]);
  });

  it("counts depth through fragments, and does not loop on a fragment that spreads itself", () => {
    const query = `query { node { ...deep } } fragment deep on Node { child { child { ...deep } } }`;
    expect(() => validate(schema, parse(query), [queryLimits])).not.toThrow();
  });
});
