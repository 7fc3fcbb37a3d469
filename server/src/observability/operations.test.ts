/**
 * The operations contract: /metrics (Prometheus text, `planbridge_` names, bearer token), /healthz,
 * /readyz, one JSON log line per GraphQL request with a request id, and what logs never contain.
 */
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { collabPath } from "@planbridge/protocol";
import { GraphQLTestClient } from "../test-support/graphql-client";
import { createOrganization, createPlan, createUser, sessionCookie, TEST_PASSWORD } from "../test-support/fixtures";
import { startTestServer, type TestServer } from "../test-support/test-server";
import { createLogger } from "./logger";

const TOKEN = "metrics-token-0123456789";

/** A pino destination that keeps every line. */
function captureLines(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

let server: TestServer;
const logs = captureLines();

beforeAll(async () => {
  server = await startTestServer({ metricsToken: TOKEN }, { logger: createLogger({ level: "info", isPretty: false, destination: logs.stream }) });
});
afterAll(async () => {
  await server?.close();
});

const metricsText = async (token?: string) => {
  const response = await fetch(`${server.url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
};

describe("/metrics", () => {
  it("answers 401 without the bearer token, or with a wrong one", async () => {
    expect((await metricsText()).status).toBe(401);
    expect((await metricsText("metrics-token-0123456780")).status).toBe(401);
    expect((await metricsText("short")).status).toBe(401);
  });

  it("serves Prometheus text whose every name starts with planbridge_", async () => {
    const { status, type, text } = await metricsText(TOKEN);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    const names = text.split("\n").filter((line) => line && !line.startsWith("#")).map((line) => line.split(/[{ ]/, 1)[0]);
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) expect(name).toMatch(/^planbridge_/);
    for (const name of [
      "planbridge_collab_connections",
      "planbridge_collab_open_plans",
      "planbridge_collab_updates_total",
      "planbridge_collab_dropped_readonly_writes_total",
      "planbridge_collab_commit_duration_seconds_bucket",
      "planbridge_collab_ack_latency_seconds_bucket",
      "planbridge_nodejs_eventloop_lag_seconds",
    ]) {
      expect(names).toContain(name);
    }
  });

  it("counts GraphQL requests by operation, and refused frames by reason", async () => {
    const client = new GraphQLTestClient(server.url);
    await client.request("query WhoAmI { me { id } }");
    const { dataSource } = server.db;
    const owner = await createUser(dataSource, { organizationId: (await createOrganization(dataSource)).id });
    const plan = await createPlan(dataSource, server.server.documents, { owner });
    const cookie = await sessionCookie(server.server.sessions, owner.id);
    const socket = new WebSocket(`ws://127.0.0.1:${server.port}${collabPath(plan.id)}`, { headers: { cookie } });
    await new Promise((resolve) => socket.once("open", resolve));
    await vi.waitFor(async () => expect((await metricsText(TOKEN)).text).toMatch(/^planbridge_collab_connections 1$/m));
    socket.send("text is not y-websocket");
    await new Promise((resolve) => socket.once("close", resolve));
    const { text } = await metricsText(TOKEN);
    expect(text).toMatch(/^planbridge_graphql_request_duration_seconds_count\{operation="WhoAmI",outcome="ok"\} 1$/m);
    expect(text).toMatch(/^planbridge_collab_refused_frames_total\{reason="binary frames only"\} 1$/m);
    expect(logs.lines.some((line) => line.includes('"msg":"refused frame"') && line.includes('"reason":"binary frames only"'))).toBe(true);
    expect(logs.lines.some((line) => line.includes('"msg":"collaboration close"') && line.includes(`"code":4400`))).toBe(true);
  });
});

describe("/healthz and /readyz", () => {
  it("report a live process and a ready database with every migration applied", async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", checks: { database: "ok", migrations: "ok", commits: "ok", shutdown: false } });
  });
});

describe("logs", () => {
  it("write one JSON line per GraphQL request with a request id, also sent back as x-request-id", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "proxy-id-1234" },
      body: JSON.stringify({ query: "query Ping { me { id } }" }),
    });
    expect(response.headers.get("x-request-id")).toBe("proxy-id-1234");
    const line = logs.lines.map((text) => JSON.parse(text) as Record<string, unknown>).find((entry) => entry.reqId === "proxy-id-1234");
    expect(line).toMatchObject({ level: "info", msg: "graphql request", operation: "Ping" });
  });

  it("never contain passwords, cookies or the variables of a request", async () => {
    const { dataSource } = server.db;
    const user = await createUser(dataSource, { organizationId: (await createOrganization(dataSource)).id });
    const client = new GraphQLTestClient(server.url);
    await client.login(user.email, TEST_PASSWORD);
    await client.login(user.email, "wrong-password-in-the-log?");
    await client.request("query Me { me { id } }");
    const all = logs.lines.join("\n");
    expect(all).not.toContain(TEST_PASSWORD);
    expect(all).not.toContain("wrong-password-in-the-log?");
    expect(all).not.toContain(client.cookie!.split("=")[1]);
  });

  it("redact secret fields and keep only the kind, message and code of an error", () => {
    const captured = captureLines();
    const logger = createLogger({ level: "info", isPretty: false, destination: captured.stream });
    const failure = Object.assign(new Error("insert failed"), { code: "08006", parameters: ["plan", "SECRET-DOC-TEXT"], query: "INSERT" });
    logger.info(
      { password: "hunter2", headers: { cookie: "pb_session=abc123" }, input: { newPassword: "n3w" }, update: "SECRET-DOC-TEXT", err: failure },
      "something happened",
    );
    const [line] = captured.lines;
    expect(line).not.toMatch(/hunter2|abc123|n3w|SECRET-DOC-TEXT/);
    expect(JSON.parse(line)).toMatchObject({ level: "info", msg: "something happened", err: { type: "Error", message: "insert failed", code: "08006" } });
  });
});
