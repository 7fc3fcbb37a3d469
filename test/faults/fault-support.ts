/**
 * Shared pieces of the fault suites: a real server process (the collaboration child or the real
 * main.ts), a plan with an owner, the plan's stored text, and cutting PostgreSQL off from one database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { Client } from "pg";
import { afterAll, beforeAll } from "vitest";
import * as Y from "yjs";
import { getSectionFragment, readPlan } from "@planbridge/plan-schema";
import { createTestDatabase, type TestDatabase } from "../../server/src/db/test-database";
import { SessionService } from "../../server/src/modules/auth/session.service";
import { DocStore } from "../../server/src/modules/collaboration/doc-store";
import { DocumentRegistry } from "../../server/src/modules/collaboration/document-registry";
import { createMetrics } from "../../server/src/modules/collaboration/metrics";
import { PlanDocumentService } from "../../server/src/modules/collaboration/plan-documents";
import { createOrganization, createPlan, createUser, sessionCookie } from "../../server/src/test-support/fixtures";

// Fault tests need a database two processes can share: the real PostgreSQL (CI sets DATABASE_URL).
process.env.DATABASE_URL ||= "postgres://postgres@127.0.0.1:5432/postgres";

const here = path.dirname(new URL(import.meta.url).pathname);
const swcRegister = path.resolve(here, "../../server/src/test-support/swc-register.cjs");
export const COLLAB_CHILD = path.join(here, "collab-server-child.ts");
export const MAIN = path.resolve(here, "../../server/src/main.ts");

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  /** Every stdout line so far. */
  lines: string[];
}

/**
 * Starts `script` with the SWC loader and resolves once it prints its port: "READY <port>" (the
 * collaboration child) or a log line with `"port"` (main.ts).
 */
export function startProcess(script: string, env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["-r", swcRegister, script], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  const lines: string[] = [];
  return new Promise((resolve, reject) => {
    child.once("exit", (code, signal) => reject(new Error(`server exited early (${code ?? signal})`)));
    createInterface({ input: child.stdout }).on("line", (line) => {
      lines.push(line);
      const ready = /^READY (\d+)$/.exec(line) ?? /"port":(\d+)/.exec(line);
      if (ready) resolve({ child, port: Number(ready[1]), lines });
    });
  });
}

export function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

export function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

export interface FaultPlan {
  planId: string;
  cookie: string;
  store: DocStore;
}

/** A plan from the default template and its owner's session cookie. */
export async function createFaultPlan(db: TestDatabase): Promise<FaultPlan> {
  const store = new DocStore(db.dataSource);
  const registry = new DocumentRegistry(store, createMetrics(), { compactAfterRows: 500 });
  const organizationId = (await createOrganization(db.dataSource)).id;
  const owner = await createUser(db.dataSource, { organizationId });
  const planId = (await createPlan(db.dataSource, new PlanDocumentService(store, registry), { owner })).id;
  const cookie = await sessionCookie(new SessionService(db.dataSource), owner.id);
  return { planId, cookie, store };
}

export interface FaultWorld {
  db: TestDatabase;
  plan: FaultPlan;
  /** Starts a server process on this world's database; every one still running is SIGKILLed after the file. */
  start(script: string, env?: NodeJS.ProcessEnv): Promise<ServerProcess>;
}

/** A database with one plan for the whole test file, and the server processes started on it. */
export function useFaultWorld(): FaultWorld {
  const servers: ServerProcess[] = [];
  const world = {
    async start(script: string, env: NodeJS.ProcessEnv = {}) {
      const server = await startProcess(script, { DATABASE_URL: world.db.databaseUrl, ...env });
      servers.push(server);
      return server;
    },
  } as FaultWorld;
  beforeAll(async () => {
    world.db = await createTestDatabase();
    world.plan = await createFaultPlan(world.db);
  });
  afterAll(async () => {
    for (const server of servers) if (isRunning(server.child)) server.child.kill("SIGKILL");
    await world.db?.destroy();
  });
  return world;
}

/** The text run the fault tests type into: the first paragraph of the plan's first section. */
export function faultText(doc: Y.Doc, sectionIndex = 0): Y.XmlText {
  const paragraph = getSectionFragment(doc, readPlan(doc).sections[sectionIndex].id).get(0) as Y.XmlElement;
  const run = paragraph.get(0);
  if (run instanceof Y.XmlText) return run;
  const created = new Y.XmlText();
  paragraph.insert(0, [created]);
  return created;
}

/** What PostgreSQL holds for the plan, applied to a fresh doc (throws if it does not load). */
export async function storedDoc(plan: FaultPlan): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const part of (await plan.store.load(plan.planId)).parts) Y.applyUpdate(doc, part);
  return doc;
}

/**
 * Cuts one database off (existing sessions terminated, new ones refused: `ALLOW_CONNECTIONS false`
 * applies to superusers too) or lets it back. The cluster, which other tests share, stays up.
 */
export async function setDatabaseReachable(databaseUrl: string, isReachable: boolean): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new URL(databaseUrl);
  admin.pathname = "/postgres";
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS ${isReachable ? "true" : "false"}`);
    if (!isReachable) {
      await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
    }
  } finally {
    await client.end();
  }
}
