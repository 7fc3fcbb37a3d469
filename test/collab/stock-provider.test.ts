/**
 * A third-party Yjs client (an unmodified y-websocket WebsocketProvider, no handler for our message
 * types, no `acks` parameter) edits next to our client: it never receives a SaveAck or SaveStalled, so
 * it logs nothing ("Unable to compute message" for unknown types), while our client still gets acks.
 */
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { readPlan } from "@planbridge/plan-schema";
import { COLLAB_PATH_PREFIX } from "@planbridge/protocol";
import { DocStore } from "../../server/src/modules/collaboration/doc-store";
import { connectClient, cookieWebSocket, createPlanWorld, startCollabServer, type CollabServer, type PlanWorld } from "./collab-harness";
import { typeInto } from "./collab-session";

let server: CollabServer;
let world: PlanWorld;
beforeAll(async () => {
  server = await startCollabServer();
  world = await createPlanWorld(server);
});
afterAll(async () => {
  await server?.close();
});

it("sends no save acknowledgement to a stock WebsocketProvider, which logs nothing", async () => {
  const spies = (["log", "info", "warn", "error", "debug"] as const).map((method) => vi.spyOn(console, method));
  const doc = new Y.Doc();
  const stock = new WebsocketProvider(server.url + COLLAB_PATH_PREFIX, world.plan.id, doc, {
    WebSocketPolyfill: cookieWebSocket(world.cookies.EDITOR) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const ours = connectClient(server.url, world.plan.id, world.cookies.OWNER);
  try {
    await vi.waitFor(() => expect(stock.synced && ours.provider.synced).toBe(true));
    const stockFrames: number[] = [];
    stock.ws!.addEventListener("message", (event: MessageEvent) => stockFrames.push(new Uint8Array(event.data as ArrayBuffer)[0]));
    for (let i = 0; i < 20; i++) {
      typeInto({ doc }, 0, 0, "s");
      typeInto(ours, 1, 0, "o");
    }
    // Both edits are stored and seen by the other side; our client is acknowledged.
    await vi.waitFor(() => expect(ours.isSaved()).toBe(true));
    await vi.waitFor(() => expect(readPlan(ours.doc).sections[0].text).toContain("s".repeat(20)));
    await vi.waitFor(() => expect(readPlan(doc).sections[1].text).toContain("o".repeat(20)));
    // The stock client's edits are stored even though it is never told.
    await vi.waitFor(async () => {
      const check = new Y.Doc();
      for (const part of (await new DocStore(server.db.dataSource).load(world.plan.id)).parts) Y.applyUpdate(check, part);
      expect(Y.getState(check.store, doc.clientID)).toBe(Y.getState(doc.store, doc.clientID));
    });
    // Only y-websocket's own message types (sync 0, awareness 1) reached the stock client.
    expect(stockFrames.length).toBeGreaterThan(0);
    expect(stockFrames.every((type) => type === 0 || type === 1)).toBe(true);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  } finally {
    spies.forEach((spy) => spy.mockRestore());
    stock.destroy();
    doc.destroy();
    ours.destroy();
  }
});
