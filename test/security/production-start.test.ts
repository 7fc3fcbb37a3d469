/**
 * What `pnpm start` gives a fresh clone: the real entry point (`server/src/main.ts`) in a child process with
 * no NODE_ENV and no DATABASE_URL. It must behave as production (no stack traces, no introspection, no raw
 * database messages) and still serve the embedded database with the demo data, signing in over plain http.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = path.resolve(__dirname, "../..");
let child: ChildProcess;
let url: string;
let dataDir: string;
let cookie = "";

/** The environment of someone who just cloned the repository: none of our settings are set. */
function freshCloneEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["NODE_ENV", "DATABASE_URL", "SEED_DEMO", "REDIS_URL", "CLIENT_DIST", "TRUST_PROXY", "DATA_DIR", "PORT", "HOST"]) delete env[name];
  return { ...env, PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir };
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "planbridge-start-"));
  child = spawn(process.execPath, ["-r", path.join(repo, "server/src/test-support/swc-register.cjs"), path.join(repo, "server/src/main.ts")], {
    cwd: repo,
    env: freshCloneEnv(),
    stdio: ["ignore", "pipe", "inherit"],
  });
  url = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`server exited early with ${code}`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const match = /running at (http:\/\/localhost:\d+) .*mode: (\w+)/.exec(line);
      if (match) resolve(match[2] === "production" ? match[1].replace("localhost", "127.0.0.1") : "wrong mode: " + match[2]);
    });
  });
}, 120_000);

afterAll(async () => {
  if (child?.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  rmSync(dataDir, { recursive: true, force: true });
});

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function graphql(query: string, variables: Record<string, unknown> = {}): Promise<{ body: GraphQLBody; text: string; response: Response }> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { body: JSON.parse(text) as GraphQLBody, text, response };
}

describe("pnpm start on a fresh clone", () => {
  it("runs in production mode on the embedded database", () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("signs the demo owner in over plain http (the session cookie is not Secure-only)", async () => {
    const { body, response } = await graphql(`mutation { login(input: { email: "maya@acme.test", password: "planbridge-demo" }) { user { name } } }`);
    expect(body.errors).toBeUndefined();
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).not.toMatch(/;\s*Secure/i);
    cookie = setCookie.split(";")[0];
    const me = await graphql(`{ me { name } plans { title } }`);
    expect(me.body.data).toMatchObject({ me: { name: "Maya Okafor" }, plans: [{ title: "FY27 Growth Plan: Mid-Market" }] });
  });

  it("errors carry no stack traces or file paths", async () => {
    const invalid = await graphql(`mutation { renamePlan(input: { planId: "not-a-uuid", title: "" }) { id } }`);
    const missing = await graphql(`{ plan(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    for (const { body, text } of [invalid, missing]) {
      expect(body.errors?.length).toBeGreaterThan(0);
      expect(text).not.toContain("stacktrace");
      expect(text).not.toContain(repo);
      expect(text).not.toMatch(/\.ts:\d+/);
    }
  });

  it("introspection is off", async () => {
    const { body } = await graphql(`{ __schema { queryType { name } } }`);
    expect(body.data ?? undefined).toBeUndefined();
    expect(body.errors?.[0].message).toMatch(/introspection/i);
  });

  it("a NUL character in a title is a clear BAD_USER_INPUT, never a database message", async () => {
    const { body, text } = await graphql(`mutation ($title: String!) { createPlan(input: { title: $title }) { id } }`, { title: "Q3\u0000plan" });
    expect(body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0].message).toMatch(/NUL/);
    expect(text).not.toMatch(/invalid byte sequence|0x00|postgres/i);
  });
});
