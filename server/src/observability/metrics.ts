/**
 * Prometheus metrics (prom-client), one registry per server so tests can run several. Every name
 * starts with `planbridge_` (the /metrics contract). Collaboration counters live in the module's plain
 * counters object and are read at scrape time; timings arrive through CollaborationTelemetry.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Collaboration, CollaborationTelemetry } from "../modules/collaboration";
import type { Logger } from "./logger";

export const METRIC_PREFIX = "planbridge_";

/** Client-chosen operation names become labels: keep them short, plain and few. */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export class ServerMetrics {
  readonly registry = new Registry();
  private readonly graphqlDuration: Histogram<"operation" | "outcome">;
  private readonly commitSeconds: Histogram;
  private readonly ackSeconds: Histogram;
  private readonly compactionSeconds: Histogram;
  private readonly operations = new Set<string>();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: METRIC_PREFIX, eventLoopMonitoringPrecision: 10 });
    const registers = [this.registry];
    this.graphqlDuration = new Histogram({
      name: `${METRIC_PREFIX}graphql_request_duration_seconds`,
      help: "GraphQL request duration by operation name and outcome (ok or error)",
      labelNames: ["operation", "outcome"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    const fast = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30];
    this.commitSeconds = new Histogram({ name: `${METRIC_PREFIX}collab_commit_duration_seconds`, help: "Group commit INSERT round trip", buckets: fast, registers });
    this.ackSeconds = new Histogram({
      name: `${METRIC_PREFIX}collab_ack_latency_seconds`,
      help: "From receiving an update to its durable save acknowledgement",
      buckets: fast,
      registers,
    });
    this.compactionSeconds = new Histogram({
      name: `${METRIC_PREFIX}collab_compaction_duration_seconds`,
      help: "Encoding and storing one snapshot",
      buckets: fast,
      registers,
    });
  }

  telemetry(logger: Logger): CollaborationTelemetry {
    return {
      logger,
      observeCommit: (seconds) => this.commitSeconds.observe(seconds),
      observeAck: (seconds) => this.ackSeconds.observe(seconds),
      observeCompaction: (seconds) => this.compactionSeconds.observe(seconds),
    };
  }

  observeGraphql(operationName: string | null | undefined, seconds: number, isError: boolean): void {
    this.graphqlDuration.observe({ operation: this.operationLabel(operationName), outcome: isError ? "error" : "ok" }, seconds);
  }

  /** Gauges and counters read from the collaboration server when Prometheus scrapes. */
  watchCollaboration(collaboration: Collaboration): void {
    const registers = [this.registry];
    const { metrics } = collaboration;
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({ name: METRIC_PREFIX + name, help, registers, collect() { this.set(read()); } });
    const counter = (name: string, help: string, read: () => number) =>
      new Counter({ name: METRIC_PREFIX + name, help, registers, collect() { this.reset(); this.inc(read()); } });
    gauge("collab_connections", "Open collaboration sockets", () => collaboration.connections().length);
    gauge("collab_open_plans", "Plan documents loaded in memory", () => collaboration.loadedDocuments());
    gauge("collab_unsaved_bytes", "Update bytes applied but not yet committed", () => collaboration.unsavedBytes());
    gauge("collab_save_stalled", "1 while commits fail and edits are held in memory", () => (collaboration.isSaveStalled() ? 1 : 0));
    counter("collab_updates_total", "Accepted document updates (rate() gives updates/s)", () => metrics.acceptedUpdates);
    counter("collab_update_bytes_total", "Bytes of accepted document updates", () => metrics.acceptedBytes);
    counter("collab_dropped_readonly_writes_total", "Content messages from read-only members, dropped", () => metrics.droppedReadOnlyWrites);
    counter("collab_refused_connections_total", "Sockets refused at upgrade", () => metrics.connectionsRefused);
    counter("collab_save_acks_total", "Save acknowledgements sent", () => metrics.savedAcksSent);
    counter("collab_compactions_total", "Snapshots written", () => metrics.compactions);
    counter("collab_commits_total", "Group commits that succeeded", () => collaboration.commitStats().commits);
    counter("collab_commit_failures_total", "Group commits that failed (each retry counts)", () => collaboration.commitStats().failures);
    new Counter({
      name: `${METRIC_PREFIX}collab_refused_frames_total`,
      help: "Frames that closed their socket, by reason",
      labelNames: ["reason"],
      registers,
      collect() {
        this.reset();
        for (const [reason, count] of Object.entries(metrics.refusedFrames)) this.inc({ reason }, count);
      },
    });
  }

  private operationLabel(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (!OPERATION_NAME.test(name)) return "other";
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return "other";
    this.operations.add(name);
    return name;
  }
}
