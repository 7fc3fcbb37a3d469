/**
 * A collaboration server on port 0 over a fresh test database, plus y-websocket clients that send a
 * session cookie (the `ws` package as WebSocketPolyfill, subclassed to add the header).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { COLLAB_PATH_PREFIX, decodeSaveAck, MessageType, SAVE_ACKS_PARAM, type SaveAck } from "@planbridge/protocol";
import { createTestDatabase, type TestDatabase } from "../../server/src/db/test-database";
import { DomainEvents } from "../../server/src/events/domain-events";
import { SessionService } from "../../server/src/modules/auth/session.service";
import { attachCollaboration, type Collaboration, type CollaborationDeps } from "../../server/src/modules/collaboration";
import type { User } from "../../server/src/modules/users/user.entity";
import type { Plan } from "../../server/src/modules/plans/plan.entity";
import { PlanRole } from "../../server/src/policies/plan-role";
import { createCollaborationAccess } from "../../server/src/services";
import { addMember, createOrganization, createPlan, createUser, sessionCookie } from "../../server/src/test-support/fixtures";

export interface CollabServer {
  url: string;
  db: TestDatabase;
  events: DomainEvents;
  sessions: SessionService;
  collab: Collaboration;
  close(): Promise<void>;
}

export async function startCollabServer(options: Partial<Omit<CollaborationDeps, "dataSource">> = {}): Promise<CollabServer> {
  const db = await createTestDatabase();
  const events = new DomainEvents();
  const sessions = new SessionService(db.dataSource, 24, events);
  const httpServer = http.createServer((_req, res) => res.writeHead(404).end());
  const collab = attachCollaboration(httpServer, {
    dataSource: db.dataSource,
    access: createCollaborationAccess(db.dataSource, sessions),
    events,
    env: { isProduction: false },
    ...options,
  });
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}`,
    db,
    events,
    sessions,
    collab,
    async close() {
      await collab.close();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await db.destroy();
    },
  };
}

export interface PlanWorld {
  plan: Plan;
  owner: User;
  /** A Cookie header per role (plus "outsider": same organisation, not a member). */
  cookies: Record<PlanRole | "outsider", string>;
  users: Record<PlanRole | "outsider", User>;
}

/** A plan from the default template with one member per role. */
export async function createPlanWorld(server: CollabServer): Promise<PlanWorld> {
  const { dataSource } = server.db;
  const org = await createOrganization(dataSource);
  const users = {} as PlanWorld["users"];
  const cookies = {} as PlanWorld["cookies"];
  for (const role of [...Object.values(PlanRole), "outsider"] as const) {
    users[role] = await createUser(dataSource, { organizationId: org.id, name: `${role.toLowerCase()} user` });
    cookies[role] = await sessionCookie(server.sessions, users[role].id);
  }
  const plan = await createPlan(dataSource, server.collab.documents, { owner: users.OWNER });
  for (const role of Object.values(PlanRole)) if (role !== PlanRole.OWNER) await addMember(dataSource, plan.id, users[role].id, role);
  return { plan, owner: users.OWNER, cookies, users };
}

/** The `ws` WebSocket with a fixed Cookie header, shaped like the browser constructor y-websocket expects. */
export function cookieWebSocket(cookie: string) {
  return class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  };
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  acks: SaveAck[];
  /** Whether every local edit so far is acknowledged as durable. */
  isSaved(): boolean;
  /** Clock of this client's own items covered by the latest save acknowledgement. */
  savedClock(): number;
  onAck(listener: (ack: SaveAck) => void): void;
  destroy(): void;
}

/** A y-websocket client of `url` (ws://host:port) for one plan, collecting save acknowledgements. */
export function connectClient(url: string, planId: string, cookie: string, doc = new Y.Doc()): TestClient {
  const provider = new WebsocketProvider(url + COLLAB_PATH_PREFIX, planId, doc, {
    WebSocketPolyfill: cookieWebSocket(cookie) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
    // Our client asks for save acknowledgements; a stock y-websocket client does not get them.
    params: { [SAVE_ACKS_PARAM]: "1" },
  });
  const acks: SaveAck[] = [];
  const listeners: ((ack: SaveAck) => void)[] = [];
  provider.messageHandlers[MessageType.SaveAck] = (_encoder, decoder) => {
    const ack = decodeSaveAck(decoder.arr);
    acks.push(ack);
    for (const listener of listeners) listener(ack);
  };
  const savedClock = () => acks.at(-1)?.clocks.get(doc.clientID) ?? 0;
  return {
    doc,
    provider,
    acks,
    isSaved() {
      return savedClock() >= Y.getState(doc.store, doc.clientID);
    },
    savedClock,
    onAck(listener) {
      listeners.push(listener);
    },
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Opens a raw socket and resolves with the close code the server sends. */
export function closeCodeFor(server: CollabServer, path: string, cookie?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.url + path, { headers: cookie ? { cookie } : {} });
    socket.on("close", (code) => resolve(code));
    socket.on("error", reject);
  });
}

export function stateOf(doc: Y.Doc): Uint8Array {
  return Y.encodeStateAsUpdate(doc);
}

/** lib0 varUint, for hand-built frames. */
function varUint(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    out.push(0x80 | (rest & 0x7f));
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
  return out;
}

/** A y-websocket frame: message type, optional sync sub-type, then a length-prefixed payload. */
export function frame(messageType: number, syncType: number | null, payload: Uint8Array): Uint8Array {
  const head = [...varUint(messageType), ...(syncType === null ? [] : varUint(syncType)), ...varUint(payload.length)];
  const bytes = new Uint8Array(head.length + payload.length);
  bytes.set(head);
  bytes.set(payload, head.length);
  return bytes;
}
