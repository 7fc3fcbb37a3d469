/** Counters of the collaboration server, for tests and the metrics endpoint. */
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
  };
}
