/**
 * The PlanDocuments port the plans module uses: create a plan's first document state, read a plan as
 * JSON, and make server-side edits that are stored and broadcast like any client's.
 */
import type { EntityManager } from "typeorm";
import * as Y from "yjs";
import { readPlan, restoreContent, type PlanJson } from "@planbridge/plan-schema";
import type { CommentDocuments } from "../comments/comment-documents.port";
import type { DocumentVersions, PlanDocuments } from "../plans/plan-documents.port";
import type { DocumentCapture, VersionDocuments } from "../versions/version-documents.port";
import type { DocStore } from "./doc-store";
import type { DocumentRegistry } from "./document-registry";
import { DocumentViews } from "./document-views";

/** Origin of server-side transactions, so their updates can be told apart from clients'. */
export const SERVER_ORIGIN = Symbol("planbridge-server");

export class PlanDocumentService implements PlanDocuments, CommentDocuments, VersionDocuments {
  /** Plan JSON and anchor states per document version (the plan page reads them on every request). */
  readonly views: DocumentViews;

  constructor(
    private readonly store: DocStore,
    private readonly registry: DocumentRegistry,
  ) {
    this.views = new DocumentViews(store, registry);
  }

  /** Inside the caller's transaction when `manager` is given; refuses to overwrite stored state. */
  async createDocument(planId: string, doc: Y.Doc, manager?: EntityManager): Promise<void> {
    await this.store.createDocument(planId, Y.encodeStateAsUpdate(doc), manager, Y.encodeStateVector(doc));
  }

  /**
   * From the live document when loaded (it has edits not yet durable); otherwise from storage. Cached
   * per document version: shared between callers, who must not change it.
   */
  async readPlan(planId: string, versions?: DocumentVersions): Promise<PlanJson> {
    return this.views.view(planId, "plan", readPlan, versions);
  }

  /** `read(doc)` cached per document version and `key` (see DocumentViews); `read` must not change the doc. */
  async view<T>(planId: string, key: string, read: (doc: Y.Doc) => T, versions?: DocumentVersions): Promise<T> {
    return this.views.view(planId, key, read, versions);
  }

  /** Answers from the live document when loaded, otherwise from a throw-away copy of the stored one. */
  async read<T>(planId: string, read: (doc: Y.Doc) => T): Promise<T> {
    const live = this.registry.peek(planId);
    if (live) return read(live.doc);
    return this.views.readStored(planId, read);
  }

  /** The state bytes and the plan JSON of one and the same moment. */
  async capture(planId: string): Promise<DocumentCapture> {
    return this.read(planId, (doc) => ({ state: Y.encodeStateAsUpdate(doc), plan: readPlan(doc) }));
  }

  async restore(planId: string, state: Uint8Array, reviewerOf: (sectionId: string) => string | null): Promise<void> {
    const source = new Y.Doc();
    try {
      Y.applyUpdate(source, state);
      await this.change(planId, (doc) => restoreContent(doc, source, reviewerOf));
    } finally {
      source.destroy();
    }
  }

  /** Applies `edit` to the live document, broadcasts it, and resolves once it is durable. */
  async change(planId: string, edit: (doc: Y.Doc) => void): Promise<void> {
    const room = await this.registry.acquire(planId);
    try {
      const update = editOnCopy(room.doc, edit);
      if (!update) return;
      await new Promise<void>((onDurable, onDropped) => this.registry.publish(room, update, null, { onDurable, onDropped }));
    } finally {
      this.registry.release(room);
    }
  }
}

/** Runs `edit` on a copy so that an edit that throws half-way leaves the live document untouched. */
function editOnCopy(live: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array | null {
  const copy = new Y.Doc();
  try {
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(live));
    const updates: Uint8Array[] = [];
    copy.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === SERVER_ORIGIN) updates.push(update);
    });
    copy.transact(() => edit(copy), SERVER_ORIGIN);
    if (updates.length === 0) return null;
    return updates.length === 1 ? updates[0] : Y.mergeUpdates(updates);
  } finally {
    copy.destroy();
  }
}
