/**
 * Several real planbridge processes on one fresh PostgreSQL database and one Redis, each on port 0,
 * with a channel prefix of their own so parallel test files sharing Redis never hear each other. Also:
 * a round-robin TCP load balancer (no sticky sessions) and a private Redis server a test can stop.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";
import { DocStore } from "../../server/src/modules/collaboration/doc-store";
import { DocumentRegistry } from "../../server/src/modules/collaboration/document-registry";
import { createMetrics } from "../../server/src/modules/collaboration/metrics";
import { PlanDocumentService } from "../../server/src/modules/collaboration/plan-documents";
import { createTestDatabase, type TestDatabase } from "../../server/src/db/test-database";
import { SessionService } from "../../server/src/modules/auth/session.service";
import type { Plan } from "../../server/src/modules/plans/plan.entity";
import type { User } from "../../server/src/modules/users/user.entity";
import { PlanRole } from "../../server/src/policies/plan-role";
import { addMember, createOrganization, createPlan, createUser, sessionCookie } from "../../server/src/test-support/fixtures";

// Several processes must share one database: the real PostgreSQL (CI sets DATABASE_URL).
process.env.DATABASE_URL ||= "postgres://postgres@127.0.0.1:5432/postgres";

const here = path.dirname(new URL(import.meta.url).pathname);
const SHARED_REDIS = "redis://127.0.0.1:6379";

export interface ServerProcess {
  /** ws://127.0.0.1:<port> */
  url: string;
  /** http://127.0.0.1:<port> */
  httpUrl: string;
  child: ChildProcess;
}

export interface ClusterOptions {
  processes: number;
  redisUrl?: string;
  /** Extra environment for every process (COMPACT_AFTER_ROWS, ACCESS_SWEEP_MS, COLLAB_LIMITS). */
  env?: Record<string, string>;
}

export interface Cluster {
  db: TestDatabase;
  store: DocStore;
  sessions: SessionService;
  processes: ServerProcess[];
  /** Starts one more process with the same settings. */
  startProcess(): Promise<ServerProcess>;
  close(): Promise<void>;
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const db = await createTestDatabase();
  const env = {
    ...process.env,
    ...options.env,
    DATABASE_URL: db.databaseUrl ?? "",
    REDIS_URL: options.redisUrl ?? SHARED_REDIS,
    REDIS_PREFIX: `pbtest:${randomBytes(6).toString("hex")}:`,
  };
  const processes: ServerProcess[] = [];
  const startProcess = async () => {
    const started = await spawnServer(env);
    processes.push(started);
    return started;
  };
  try {
    await Promise.all(Array.from({ length: options.processes }, startProcess));
  } catch (error) {
    await stopAll(processes);
    await db.destroy();
    throw error;
  }
  return {
    db,
    store: new DocStore(db.dataSource),
    sessions: new SessionService(db.dataSource),
    processes,
    startProcess,
    async close() {
      await stopAll(processes);
      await db.destroy();
    },
  };
}

function spawnServer(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const register = path.resolve(here, "../../server/src/test-support/swc-register.cjs");
  const child = spawn(process.execPath, ["-r", register, path.join(here, "cluster-server-child.ts")], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`server process exited early with ${code}`)));
    createInterface({ input: child.stdout }).on("line", (line) => {
      const match = /^READY (\d+)$/.exec(line);
      if (match) resolve({ url: `ws://127.0.0.1:${match[1]}`, httpUrl: `http://127.0.0.1:${match[1]}`, child });
    });
  });
}

export function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once("exit", () => resolve()));
}

async function stopAll(processes: readonly ServerProcess[]): Promise<void> {
  for (const { child } of processes) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await Promise.all(processes.map(({ child }) => exited(child)));
}

export interface ClusterPlan {
  plan: Plan;
  users: Record<PlanRole, User>;
  cookies: Record<PlanRole, string>;
}

/** A plan from the default template with one member per role, each with a session cookie. */
export async function createClusterPlan(cluster: Cluster): Promise<ClusterPlan> {
  const { dataSource } = cluster.db;
  const organization = await createOrganization(dataSource);
  const users = {} as ClusterPlan["users"];
  const cookies = {} as ClusterPlan["cookies"];
  for (const role of Object.values(PlanRole)) {
    users[role] = await createUser(dataSource, { organizationId: organization.id, name: `${role.toLowerCase()} user` });
    cookies[role] = await sessionCookie(cluster.sessions, users[role].id);
  }
  const documents = new PlanDocumentService(cluster.store, new DocumentRegistry(cluster.store, createMetrics(), { compactAfterRows: 500 }));
  const plan = await createPlan(dataSource, documents, { owner: users.OWNER });
  for (const role of Object.values(PlanRole)) if (role !== PlanRole.OWNER) await addMember(dataSource, plan.id, users[role].id, role);
  return { plan, users, cookies };
}

/**
 * A TCP load balancer on port 0 that hands each new connection to the next backend in turn, skipping
 * backends that refuse (a killed process): what a plain round-robin proxy in front of planbridge does.
 */
export class RoundRobinBalancer {
  private readonly server = net.createServer((socket) => this.forward(socket));
  private readonly sockets = new Set<net.Socket>();
  private next = 0;

  constructor(private readonly backends: () => readonly ServerProcess[]) {}

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return `ws://127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private forward(client: net.Socket, attempt = 0): void {
    const backends = this.backends();
    client.on("error", () => client.destroy());
    if (attempt >= backends.length) return void client.destroy();
    const backend = backends[this.next++ % backends.length];
    const upstream = net.connect(Number(new URL(backend.url).port), "127.0.0.1");
    this.track(client);
    this.track(upstream);
    upstream.once("connect", () => {
      client.pipe(upstream);
      upstream.pipe(client);
      upstream.on("close", () => client.destroy());
      client.on("close", () => upstream.destroy());
    });
    upstream.on("error", () => {
      if (upstream.readyState === "opening" || !upstream.remoteAddress) {
        upstream.destroy();
        this.forward(client, attempt + 1);
      } else client.destroy();
    });
  }

  private track(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.once("close", () => this.sockets.delete(socket));
  }
}

/** A redis-server of the test's own on a free port, which the test may stop and start again. */
export class PrivateRedis {
  private child: ChildProcess | null = null;

  private constructor(readonly port: number) {}

  static async start(): Promise<PrivateRedis> {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as net.AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const redis = new PrivateRedis(port);
    await redis.resume();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async resume(): Promise<void> {
    this.child = spawn("redis-server", ["--port", String(this.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
      stdio: "ignore",
    });
    for (;;) {
      if (await answersPing(this.port)) return;
      if (this.child.exitCode !== null) throw new Error(`redis-server exited with ${this.child.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Kills the server: every connection to it drops at once. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    child.kill("SIGKILL");
    await exited(child);
  }
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("+PONG"));
    });
    socket.once("error", () => resolve(false));
  });
}
