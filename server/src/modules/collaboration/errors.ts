/** Errors of the collaboration module; each carries a stable `code`. */
export class CollaborationError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The stored document of a plan could not be read or applied; connections are refused, nothing is written. */
export class DocumentLoadError extends CollaborationError {
  constructor(planId: string, cause: unknown) {
    super("DOCUMENT_LOAD_FAILED", `could not load the document of plan ${planId}`, { cause });
  }
}

/** createDocument was called for a plan that already has stored state: refusing to overwrite it. */
export class DocumentExistsError extends CollaborationError {
  constructor(planId: string) {
    super("DOCUMENT_EXISTS", `plan ${planId} already has a document`);
  }
}

/** Bytes that are not a decodable Yjs update. */
export class InvalidUpdateError extends CollaborationError {
  constructor(cause: unknown) {
    super("INVALID_UPDATE", "not a valid Yjs update", { cause });
  }
}

/** The collaboration server is closing and accepts no more work. */
export class CollaborationClosedError extends CollaborationError {
  constructor() {
    super("COLLABORATION_CLOSED", "the collaboration server is shutting down");
  }
}

/** A decodable update whose result would break the plan document's schema (see document-shape.ts). */
export class DocumentShapeError extends CollaborationError {
  constructor(detail: string) {
    super("DOCUMENT_SHAPE", `update breaks the plan layout: ${detail}`);
  }
}
