/**
 * The collaboration endpoint: y-websocket protocol at /collab/<planId> on the application's HTTP
 * server, with authentication, per-plan authorisation, read-only roles, durable acknowledgements and
 * revocation. Also provides the PlanDocuments port the plans module uses.
 */
import type http from "node:http";
import type { Duplex } from "node:stream";
import type { DataSource } from "typeorm";
import { WebSocketServer, type WebSocket } from "ws";
import { LIMITS, type Limits } from "@planbridge/plan-schema";
import { CloseCode, COLLAB_PATH_PREFIX, StandardCloseCode } from "@planbridge/protocol";
import type { Env } from "../../config/env";
import type { DomainEvents } from "../../events/domain-events";
import type { CollaborationAccess } from "./access.port";
import { startAccessSweep } from "./access-sweep";
import { Connection } from "./connection";
import { DocStore, type FaultPoint } from "./doc-store";
import { DocumentRegistry } from "./document-registry";
import { createMetrics, quietTelemetry, type CollaborationMetrics, type CollaborationTelemetry } from "./metrics";
import { PlanDocumentService } from "./plan-documents";
import type { GrantedConnection } from "./access-check";
import { ConnectionIndex, subscribeRevocations } from "./revocation";
import type { ScaleOut } from "./scale-out.port";
import type { SharedDoc } from "./shared-doc";
import { authorizeUpgrade, type AuthorizedUpgrade, type UpgradeRefusal } from "./upgrade";

export { PlanDocumentService } from "./plan-documents";
export { DocStore } from "./doc-store";
export type { CollaborationMetrics, CollaborationTelemetry } from "./metrics";
export type { CollaborationAccess } from "./access.port";
export type { ScaleOut } from "./scale-out.port";

export interface CollaborationDeps {
  dataSource: DataSource;
  /** Sessions, users and memberships, from the modules that own them. */
  access: CollaborationAccess;
  events: DomainEvents;
  env: Pick<Env, "isProduction">;
  /** Overrides of LIMITS (benchmarks raise the message rate; tests lower sizes). */
  limits?: Partial<Limits>;
  /** Compact a plan's log past this many rows (default 500). */
  compactAfterRows?: number;
  /** Re-check sessions, memberships and plan status of open sockets this often (default 5000 ms). */
  accessSweepMs?: number;
  /** Unsaved bytes held while the database is away before writers are refused (default 64 MiB). */
  maxUnsavedBytes?: number;
  /** Logs and histograms (quiet by default). */
  telemetry?: CollaborationTelemetry;
  /** Fault tests only: called at each step of a compaction (see DocStore). */
  faultPoint?: FaultPoint;
  /** A plan's text edits are durable (see RegistryOptions): must only take note, never block. */
  onTextCommitted?: (planId: string) => void;
  /** Several processes sharing documents (REDIS_URL); absent, this process serves alone. */
  scaleOut?: ScaleOut;
}

export interface CloseOptions {
  /** How long to wait for in-flight writes to commit before closing the sockets anyway. */
  commitDeadlineMs?: number;
}

export interface Collaboration {
  documents: PlanDocumentService;
  metrics: CollaborationMetrics;
  /** Open sockets (tests and metrics). */
  connections(): readonly Connection[];
  /** Loaded documents right now. */
  loadedDocuments(): number;
  /** Whether this plan's document is in memory. */
  isLoaded(planId: string): boolean;
  /** True while commits fail: edits are held in memory and retried (readiness reports it). */
  isSaveStalled(): boolean;
  /** Bytes of applied updates not yet durable. */
  unsavedBytes(): number;
  /** Group commit counters (commits, rows, updates, failures). */
  commitStats(): Readonly<{ commits: number; rows: number; updates: number; failures: number }>;
  /**
   * Graceful stop: refuses new sockets and new edits, commits what is in flight, sends those acks,
   * then closes every socket with 1001 so clients reconnect (to this server's successor).
   * Resolves `true` when every accepted edit was committed before the deadline.
   */
  close(options?: CloseOptions): Promise<boolean>;
}

export function attachCollaboration(httpServer: http.Server, deps: CollaborationDeps): Collaboration {
  const limits: Limits = { ...LIMITS, ...deps.limits };
  const metrics = createMetrics();
  const telemetry = deps.telemetry ?? quietTelemetry;
  const store = deps.scaleOut?.createStore(deps.dataSource, deps.faultPoint) ?? new DocStore(deps.dataSource, deps.faultPoint);
  const registry = new DocumentRegistry(store, metrics, {
    compactAfterRows: deps.compactAfterRows ?? 500,
    maxUnsavedBytes: deps.maxUnsavedBytes,
    telemetry,
    onTextCommitted: deps.onTextCommitted,
  });
  if (deps.scaleOut) registry.replicateWith(deps.scaleOut.replicate(registry, store));
  const documents = new PlanDocumentService(store, registry);
  const index = new ConnectionIndex();
  const unsubscribe = subscribeRevocations(deps.events, index);
  const stopSweep = startAccessSweep(deps.access, () => index.all(), deps.accessSweepMs ?? 5_000);
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes, perMessageDeflate: false });
  const upgradeDeps = { access: deps.access, checkOrigin: deps.env.isProduction };
  let isClosing = false;

  const accept = async (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const decision = isClosing
      ? { refusal: { code: StandardCloseCode.ServerShutdown, reason: "server shutting down" } as UpgradeRefusal }
      : await authorizeUpgrade(req, upgradeDeps).catch(() => ({ refusal: unavailable }));
    if ("refusal" in decision) return refuseSocket(wss, req, socket, head, decision.refusal, metrics);
    let room: SharedDoc;
    try {
      room = await registry.acquire(decision.grant.planId);
    } catch {
      return refuseSocket(wss, req, socket, head, unavailable, metrics);
    }
    // ws never calls back when it rejects a handshake (bad headers, socket gone): release on close too.
    let isReleased = false;
    const releaseOnce = () => {
      if (isReleased) return;
      isReleased = true;
      registry.release(room);
    };
    socket.once("close", releaseOnce);
    if (socket.destroyed) return releaseOnce();
    wss.handleUpgrade(req, socket, head, (ws) => {
      open(ws, decision.grant, room);
      releaseOnce();
    });
  };

  const open = (ws: WebSocket, grant: AuthorizedUpgrade, room: SharedDoc) => {
    const connection = new Connection(ws, grant, room, registry, limits, metrics, telemetry, (closed) => {
      index.remove(closed as GrantedConnection);
      registry.memberLeft(room);
    }) as GrantedConnection;
    index.add(connection);
    metrics.connectionsOpened++;
    connection.start();
  };

  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!isCollabRequest(req.url ?? "")) return; // another endpoint's socket
    socket.on("error", () => socket.destroy());
    void accept(req, socket, head);
  };
  httpServer.on("upgrade", onUpgrade);

  return {
    documents,
    metrics,
    connections: () => index.all(),
    loadedDocuments: () => registry.loadedCount,
    isLoaded: (planId) => registry.peek(planId) !== undefined,
    isSaveStalled: () => registry.committer.isStalled,
    unsavedBytes: () => registry.committer.pendingBytes,
    commitStats: () => registry.committer.stats,
    async close(options = {}) {
      isClosing = true;
      unsubscribe();
      stopSweep();
      for (const connection of index.all()) connection.drain();
      const isFlushed = await withDeadline(registry.committer.flush(), options.commitDeadlineMs ?? 10_000);
      // The acks of the last commit are queued as microtasks; let them reach the sockets before the close frames.
      await new Promise((resolve) => setImmediate(resolve));
      const open = [...index.all()];
      for (const connection of open) connection.close(StandardCloseCode.ServerShutdown, "server shutting down");
      // Leaving before the close handshake ends would make clients see 1006 instead of 1001.
      await Promise.all(open.map((connection) => connection.socketClosed));
      httpServer.off("upgrade", onUpgrade);
      if (isFlushed) await registry.close();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      return isFlushed;
    },
  };
}

/** True if `work` settles before `ms`; false (and `work` keeps running) otherwise. */
async function withDeadline(work: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([work.then(() => true as const), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Everything under the prefix is ours, including malformed paths (refused with NotFound). */
function isCollabRequest(url: string): boolean {
  const path = url.split("?", 1)[0];
  return path === COLLAB_PATH_PREFIX || path.startsWith(COLLAB_PATH_PREFIX + "/");
}

const unavailable: UpgradeRefusal = { code: CloseCode.DocumentUnavailable, reason: "document unavailable, retrying" };

/** Completes the handshake only to deliver the close code the client acts on. */
function refuseSocket(
  wss: WebSocketServer,
  req: http.IncomingMessage,
  socket: Duplex,
  head: Buffer,
  refusal: UpgradeRefusal,
  metrics: CollaborationMetrics,
): void {
  metrics.connectionsRefused++;
  if (socket.destroyed) return;
  wss.handleUpgrade(req, socket, head, (ws) => {
    // Frames can still arrive before the close handshake ends; a malformed one makes ws emit `error`,
    // which without a listener would crash the process (a signed-out client could stop the server).
    ws.on("error", () => ws.terminate());
    ws.close(refusal.code, refusal.reason);
  });
}
