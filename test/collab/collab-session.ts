/**
 * One collaboration server per test file (port 0, fresh database) and the small helpers the
 * collaboration specs share: join a plan as a role, wait for sync, type into a section, open a raw socket.
 */
import { afterAll, beforeAll, expect, vi } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { getSectionFragment, readPlan } from "@planbridge/plan-schema";
import { collabPath, MessageType } from "@planbridge/protocol";
import { DocStore } from "../../server/src/modules/collaboration/doc-store";
import { PlanRole } from "../../server/src/policies/plan-role";
import { connectClient, frame, startCollabServer, type CollabServer, type PlanWorld, type TestClient } from "./collab-harness";

export type Role = PlanRole | "outsider";

export interface CollabSession {
  readonly server: CollabServer;
  readonly store: DocStore;
  /** A y-websocket client of this plan, signed in as `role`; destroyed after the file's tests. */
  join: (world: PlanWorld, role?: Role) => TestClient;
  synced: (...clients: TestClient[]) => Promise<void>;
  /** Everything stored for the plan (snapshot and log), concatenated. */
  storedBytes: (planId: string) => Promise<Buffer>;
  /** A bare socket on the plan, for frames no y-websocket client would send. */
  rawSocket: (world: PlanWorld, role: Role) => Promise<WebSocket>;
}

/** Starts the server before the file's tests and closes it (and every joined client) after them. */
export function useCollabServer(): CollabSession {
  let server: CollabServer | undefined;
  let store: DocStore | undefined;
  const clients: TestClient[] = [];
  beforeAll(async () => {
    server = await startCollabServer({ compactAfterRows: 20, accessSweepMs: 100 });
    store = new DocStore(server.db.dataSource);
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server?.close();
  });
  const session: CollabSession = {
    get server() {
      if (!server) throw new Error("the collaboration server starts in beforeAll");
      return server;
    },
    get store() {
      if (!store) throw new Error("the collaboration server starts in beforeAll");
      return store;
    },
    join(world, role = PlanRole.OWNER) {
      const client = connectClient(session.server.url, world.plan.id, world.cookies[role]);
      clients.push(client);
      return client;
    },
    async synced(...all) {
      await vi.waitFor(() => all.forEach((client) => expect(client.provider.synced).toBe(true)));
    },
    async storedBytes(planId) {
      return Buffer.concat((await session.store.load(planId)).parts);
    },
    rawSocket(world, role) {
      return new Promise((resolve, reject) => {
        const socket = new WebSocket(session.server.url + collabPath(world.plan.id), { headers: { cookie: world.cookies[role] } });
        socket.once("open", () => resolve(socket));
        socket.once("error", reject);
      });
    },
  };
  return session;
}

/** Types into the first paragraph of a section (of a client's document, or of any `{ doc }`). */
export function typeInto(client: Pick<TestClient, "doc">, sectionIndex: number, at: number, text: string): void {
  const sectionId = readPlan(client.doc).sections[sectionIndex].id;
  const paragraph = getSectionFragment(client.doc, sectionId).get(0) as Y.XmlElement;
  let run = paragraph.get(0) as Y.XmlText | null;
  if (!(run instanceof Y.XmlText)) {
    run = new Y.XmlText();
    paragraph.insert(0, [run]);
  }
  run.insert(Math.min(at, run.length), text);
}

export function closed(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once("close", (code) => resolve(code)));
}

export function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  return frame(MessageType.Sync, syncType, payload);
}
