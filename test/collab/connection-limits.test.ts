/** Per-connection limits: frame size, update size, document size and message rate. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { CloseCode, collabPath, MessageType, StandardCloseCode, SyncMessageType } from "@planbridge/protocol";
import { PlanRole } from "../../server/src/policies/plan-role";
import { createPlanWorld, startCollabServer, type CollabServer } from "./collab-harness";
import { closed, syncFrame } from "./collab-session";

describe("limits", () => {
  let limited: CollabServer;
  beforeAll(async () => {
    limited = await startCollabServer({
      limits: { maxFrameBytes: 64 * 1024, maxUpdateBytes: 4 * 1024, maxDocBytes: 16 * 1024, messagesPerSecond: 20, messageBurst: 40 },
    });
  });
  afterAll(async () => {
    await limited?.close();
  });

  async function socketFor(role: PlanRole = PlanRole.OWNER): Promise<WebSocket> {
    const world = await createPlanWorld(limited);
    const socket = new WebSocket(limited.url + collabPath(world.plan.id), { headers: { cookie: world.cookies[role] } });
    await new Promise((resolve) => socket.once("open", resolve));
    return socket;
  }

  it("closes with 1009 on a frame above the cap", async () => {
    const socket = await socketFor();
    const code = closed(socket);
    socket.send(new Uint8Array(100 * 1024));
    expect(await code).toBe(StandardCloseCode.FrameTooLarge);
  });

  it("closes with 4413 on an update above the size limit", async () => {
    const socket = await socketFor();
    const code = closed(socket);
    const big = new Y.Doc();
    big.getText("t").insert(0, "x".repeat(8 * 1024));
    socket.send(syncFrame(SyncMessageType.Update, Y.encodeStateAsUpdate(big)));
    expect(await code).toBe(CloseCode.TooLarge);
  });

  it("closes with 4413 once the document would grow past its size limit, keeping what was stored", async () => {
    const socket = await socketFor();
    const code = closed(socket);
    const doc = new Y.Doc();
    const text = new Y.XmlText();
    for (let i = 0; i < 10; i++) {
      const before = Y.encodeStateVector(doc);
      if (i === 0) doc.getXmlFragment("section:big").insert(0, [text]);
      text.insert(text.length, String(i).repeat(3 * 1024));
      socket.send(syncFrame(SyncMessageType.Update, Y.encodeStateAsUpdate(doc, before)));
    }
    expect(await code).toBe(CloseCode.TooLarge);
    expect(limited.collab.metrics.acceptedUpdates).toBeGreaterThan(0);
    expect(limited.collab.metrics.acceptedBytes).toBeLessThanOrEqual(16 * 1024);
  });

  it("closes with 4529 when a connection floods messages", async () => {
    const socket = await socketFor();
    const code = closed(socket);
    const query = Uint8Array.from([MessageType.QueryAwareness]);
    for (let i = 0; i < 200; i++) socket.send(query);
    expect(await code).toBe(CloseCode.RateLimited);
  });
});
