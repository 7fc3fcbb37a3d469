/** Counters of the collaboration server, for tests and the metrics endpoint. */
import { silentLogger, type Logger } from "../../observability/logger";

export interface CollaborationMetrics {
  connectionsOpened: number;
  connectionsRefused: number;
  /** SyncStep2/Update messages from read-only connections (COMMENTER, APPROVER, VIEWER), dropped. */
  droppedReadOnlyWrites: number;
  /** Updates that failed validation and were never applied, broadcast or stored. */
  rejectedUpdates: number;
  /** Updates building on items the server does not have; the sender was told to resync. */
  incompleteUpdates: number;
  acceptedUpdates: number;
  /** Bytes of accepted updates. */
  acceptedBytes: number;
  savedAcksSent: number;
  compactions: number;
  documentsLoaded: number;
  documentsUnloaded: number;
  loadFailures: number;
  /** Frames that closed their socket, by reason (the close reason sent to the client). */
  refusedFrames: Record<string, number>;
}

export function createMetrics(): CollaborationMetrics {
  return {
    connectionsOpened: 0,
    connectionsRefused: 0,
    droppedReadOnlyWrites: 0,
    rejectedUpdates: 0,
    incompleteUpdates: 0,
    acceptedUpdates: 0,
    acceptedBytes: 0,
    savedAcksSent: 0,
    compactions: 0,
    documentsLoaded: 0,
    documentsUnloaded: 0,
    loadFailures: 0,
    refusedFrames: {},
  };
}

/** Where the collaboration server reports what an operator needs: log lines and timings (histograms). */
export interface CollaborationTelemetry {
  logger: Logger;
  /** One group commit's INSERT round trip. */
  observeCommit(seconds: number): void;
  /** From receiving an update to queueing its save acknowledgement. */
  observeAck(seconds: number): void;
  /** Encoding and storing one snapshot. */
  observeCompaction(seconds: number): void;
}

export const quietTelemetry: CollaborationTelemetry = {
  logger: silentLogger,
  observeCommit: () => undefined,
  observeAck: () => undefined,
  observeCompaction: () => undefined,
};

export function secondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}
