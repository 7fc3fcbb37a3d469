/**
 * SIGTERM / SIGINT on the real server process (server/src/main.ts, NODE_ENV=production): while three
 * writers type, the server stops accepting, commits what is in flight, sends those acks, closes every
 * collaboration socket with 1001 and exits 0; every stdout line is one JSON object with `level` and
 * `msg`. The writers reconnect to the restarted server on the same port and converge, nothing lost.
 */
import { expect, it, vi } from "vitest";
import * as Y from "yjs";
import { StandardCloseCode } from "@planbridge/protocol";
import { connectClient, type TestClient } from "../collab/collab-harness";
import { exited, faultText, MAIN, storedDoc, useFaultWorld, type ServerProcess } from "./fault-support";

const world = useFaultWorld();

function startMain(port: number): Promise<ServerProcess> {
  return world.start(MAIN, {
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(port),
    LOG_LEVEL: "info",
    SHUTDOWN_TIMEOUT_MS: "5000",
    CLIENT_DIST: "/nonexistent",
    METRICS_TOKEN: "",
  });
}

function expectJsonLines(lines: readonly string[]): void {
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) {
    const entry = JSON.parse(line) as { level?: unknown; msg?: unknown };
    expect(typeof entry.level, line).toBe("string");
    expect(typeof entry.msg, line).toBe("string");
  }
}

/** Every item each writer made is in the database. */
function expectAllStored(stored: Y.Doc, writers: readonly TestClient[]): void {
  for (const writer of writers) {
    expect(Y.getState(stored.store, writer.doc.clientID)).toBe(Y.getState(writer.doc.store, writer.doc.clientID));
  }
}

it("SIGTERM commits, acknowledges, closes sockets with 1001, exits 0; clients converge on the restarted server", { timeout: 90_000 }, async () => {
  const first = await startMain(0);
  const url = `ws://127.0.0.1:${first.port}`;
  const writers = Array.from({ length: 3 }, () => connectClient(url, world.plan.planId, world.plan.cookie));
  // The first close each writer sees (later ones are failed reconnects while no server listens).
  const closeCodes: number[] = [];
  for (const writer of writers) {
    const onClose = (event: CloseEvent | null) => {
      if (event) closeCodes.push(event.code);
      writer.provider.off("connection-close", onClose);
    };
    writer.provider.on("connection-close", onClose);
  }
  try {
    await vi.waitFor(() => writers.forEach((writer) => expect(writer.provider.synced).toBe(true)), { timeout: 15_000 });
    let typed = 0;
    const typing = setInterval(() => {
      writers.forEach((writer, index) => faultText(writer.doc, index).insert(0, String.fromCharCode(97 + (typed % 26))));
      typed++;
    }, 2);
    await vi.waitFor(() => expect(writers.every((writer) => writer.acks.length > 3)).toBe(true), { timeout: 10_000 });
    first.child.kill("SIGTERM");
    const { code } = await exited(first.child);
    clearInterval(typing);
    expect(code).toBe(0);
    await vi.waitFor(() => expect(closeCodes).toEqual(writers.map(() => StandardCloseCode.ServerShutdown)));
    expectJsonLines(first.lines);
    expect(first.lines.some((line) => line.includes('"shut down cleanly'))).toBe(true);
    // Everything acknowledged before the close is stored.
    const stored = await storedDoc(world.plan);
    for (const writer of writers) expect(Y.getState(stored.store, writer.doc.clientID)).toBeGreaterThanOrEqual(writer.savedClock());

    // Edits made while the server is away are held by the clients and saved by its successor.
    writers.forEach((writer, index) => faultText(writer.doc, index).insert(0, "offline "));
    const second = await startMain(first.port);
    await vi.waitFor(() => expect(writers.every((writer) => writer.provider.synced && writer.isSaved())).toBe(true), { timeout: 20_000 });
    const state = Y.encodeStateAsUpdate(writers[0].doc);
    await vi.waitFor(() => writers.forEach((writer) => expect(Y.encodeStateVector(writer.doc)).toEqual(Y.encodeStateVector(writers[0].doc))));
    expect(state.byteLength).toBeGreaterThan(0);
    expectAllStored(await storedDoc(world.plan), writers);

    second.child.kill("SIGINT");
    expect((await exited(second.child)).code).toBe(0);
    expectJsonLines(second.lines);
  } finally {
    writers.forEach((writer) => writer.destroy());
  }
});
