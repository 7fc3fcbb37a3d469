/**
 * What an operator and an orchestrator read: /healthz (the process answers), /readyz (the database
 * answers, every migration is applied, commits succeed, not shutting down) and /metrics (Prometheus
 * text, behind a bearer token when METRICS_TOKEN is set).
 */
import { timingSafeEqual } from "node:crypto";
import express from "express";
import type { DataSource } from "typeorm";
import type { ServerMetrics } from "../observability/metrics";

export interface ReadinessDeps {
  dataSource: DataSource;
  /** True while the group commit fails (edits held in memory). */
  isSaveStalled: () => boolean;
  isShuttingDown: () => boolean;
}

export interface Readiness {
  ready: boolean;
  checks: { database: "ok" | "unreachable"; migrations: "ok" | "pending" | "unknown"; commits: "ok" | "failing"; shutdown: boolean };
}

/** A database that does not answer within this long counts as unreachable (a hung probe helps nobody). */
const PROBE_TIMEOUT_MS = 2_000;

export function readinessProbe(deps: ReadinessDeps): () => Promise<Readiness> {
  // Migrations only run at start-up, so once none is pending that stays true for this process.
  let areMigrationsApplied = false;
  return async () => {
    const database = await withTimeout(deps.dataSource.query("SELECT 1"), PROBE_TIMEOUT_MS).then(
      () => "ok" as const,
      () => "unreachable" as const,
    );
    let migrations: Readiness["checks"]["migrations"] = areMigrationsApplied ? "ok" : "unknown";
    if (!areMigrationsApplied && database === "ok") {
      const hasPending = await withTimeout(deps.dataSource.showMigrations(), PROBE_TIMEOUT_MS).catch(() => null);
      if (hasPending === false) areMigrationsApplied = true;
      migrations = hasPending === null ? "unknown" : hasPending ? "pending" : "ok";
    }
    const commits = deps.isSaveStalled() ? ("failing" as const) : ("ok" as const);
    const shutdown = deps.isShuttingDown();
    return { ready: database === "ok" && migrations === "ok" && commits === "ok" && !shutdown, checks: { database, migrations, commits, shutdown } };
  };
}

export function operationsRoutes(options: { readiness: () => Promise<Readiness>; metrics: ServerMetrics; metricsToken?: string }): express.Router {
  const router = express.Router();
  router.get("/healthz", (_req, res) => {
    res.status(200).json({ status: "ok" });
  });
  router.get("/readyz", async (_req, res) => {
    const { ready, checks } = await options.readiness();
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready", checks });
  });
  router.get("/metrics", async (req, res) => {
    if (options.metricsToken && !hasBearer(req.headers.authorization, options.metricsToken)) {
      res.status(401).set("WWW-Authenticate", 'Bearer realm="metrics"').json({ error: { code: "UNAUTHENTICATED", message: "Send Authorization: Bearer <METRICS_TOKEN>." } });
      return;
    }
    res.set("Content-Type", options.metrics.registry.contentType).send(await options.metrics.registry.metrics());
  });
  return router;
}

function hasBearer(header: string | undefined, token: string): boolean {
  const match = /^Bearer (.+)$/.exec(header ?? "");
  if (!match) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(new Error("timed out")), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
