/**
 * The HTTP surface of a production-mode server (real requests, built client): security headers, no source
 * maps, no schema hints, early refusal of oversized documents, and JSON errors for unreadable bodies.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, MAX_TOKENS } from "../../server/src/graphql/limits";
import { startTestServer, type TestServer } from "../../server/src/test-support/test-server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ nodeEnv: "production", isProduction: true });
});
afterAll(() => server.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

const builtAssets = () => readdirSync(path.join(server.env.clientDist, "assets"));

describe("security headers", () => {
  it("the client page carries a CSP without inline scripts, no framing, nosniff and a referrer policy", async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("/graphql answers carry them too", async () => {
    const response = await post(JSON.stringify({ query: "{ me { id } }" }));
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});

describe("source maps", () => {
  it("the bundle does not point at a map and a map file is not served", async () => {
    const script = builtAssets().find((name) => name.endsWith(".js"))!;
    const source = await (await fetch(`${server.url}/assets/${script}`)).text();
    expect(source).not.toContain("sourceMappingURL");
    const response = await fetch(`${server.url}/assets/${script}.map`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("mappings");
  });
});

describe("schema details", () => {
  it("a misspelt field gets no 'Did you mean' hint", async () => {
    const body = (await (await post(JSON.stringify({ query: "{ plns { id } }" }))).json()) as { errors: { message: string }[] };
    expect(body.errors[0].message).not.toMatch(/did you mean/i);
    expect(body.errors[0].message).not.toContain("plans");
  });

  it("introspection is off", async () => {
    const body = (await (await post(JSON.stringify({ query: "{ __schema { types { name } } }" }))).json()) as { errors?: unknown[] };
    expect(body.errors).toBeDefined();
  });
});

describe("unreadable bodies get a GraphQL-style JSON error", () => {
  it("malformed JSON -> 400 with an errors list", async () => {
    const response = await post(`{"query": "{ me { id } }"`);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      errors: [{ message: "The request body is not valid JSON.", extensions: { code: "BAD_REQUEST" } }],
    });
  });

  it("a body over the limit -> 413 with an errors list (in the media type the client asked for)", async () => {
    const query = `{ ${"me { id } ".repeat(90_000)} }`;
    expect(query.length).toBeGreaterThan(MAX_BODY_BYTES);
    const response = await post(JSON.stringify({ query }), { accept: "application/graphql-response+json" });
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toMatch(/^application\/graphql-response\+json/);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0].message).toMatch(/larger than 100 KB/);
  });
});

describe("abusive documents", () => {
  it("a document of repeated fields past the token cap is refused while parsing, signed out", async () => {
    const query = `{ ${"me ".repeat(MAX_TOKENS)} }`;
    const response = await post(JSON.stringify({ query }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(body.errors[0].message).toMatch(/more that 2000 tokens/);
  });
});
