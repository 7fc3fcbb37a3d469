/**
 * What plan queries read from a plan's document (its sections as JSON, where comment anchors point),
 * cached per document version, so serving the plan page does not decode Yjs on every request.
 *
 * - A document loaded in memory (someone is editing) keeps its views until its next update: the
 *   cache hangs off the Y.Doc and an `update` listener empties it.
 * - A stored document's version is read with one small statement (the snapshot row's version and the
 *   highest log id, see DocStore.version); every write moves it (an appended row, a compaction), so
 *   a view is never served for content it was not computed from. Stored versions are kept for the
 *   most recently read MAX_STORED_PLANS plans.
 *
 * - A request that reads several views of one plan (the plan page: sections, then anchors) may pass
 *   a map of the versions it has looked up: the later reads reuse the first lookup and so see the same
 *   version. The map lives for one request only, so nothing is served past a write the request did
 *   not precede.
 *
 * Views are shared between requests: callers must not change what they get.
 */
import * as Y from "yjs";
import type { DocStore } from "./doc-store";
import type { DocumentRegistry } from "./document-registry";
import { DocumentLoadError } from "./errors";

const MAX_STORED_PLANS = 500;
/** Distinct views one document version keeps (anchor views differ by the plan's thread list). */
const MAX_VIEWS_PER_VERSION = 16;

type Views = Map<string, Promise<unknown>>;

export class DocumentViews {
  private readonly live = new WeakMap<Y.Doc, Views>();
  /** planId -> views of its stored version; Map order is recency (oldest first). */
  private readonly stored = new Map<string, { version: string; views: Views }>();
  /** Decodes of stored documents, for tests and the bench (a cache hit does none). */
  decodes = 0;

  constructor(
    private readonly store: DocStore,
    private readonly registry: DocumentRegistry,
  ) {}

  /** `read(doc)` for the plan's current document, computed once per document version and `key`. */
  async view<T>(planId: string, key: string, read: (doc: Y.Doc) => T, versions?: Map<string, Promise<string | null>>): Promise<T> {
    const room = this.registry.peek(planId);
    if (room) return this.cached(this.liveViews(room.doc), key, () => Promise.resolve(read(room.doc)));
    const version = await this.storedVersion(planId, versions);
    if (version === null) return this.readStored(planId, read); // no document: let the load say so
    let entry = this.stored.get(planId);
    if (entry?.version !== version) {
      entry = { version, views: new Map() };
    }
    this.stored.delete(planId);
    this.stored.set(planId, entry);
    if (this.stored.size > MAX_STORED_PLANS) this.stored.delete(this.stored.keys().next().value as string);
    return this.cached(entry.views, key, () => this.readStored(planId, read));
  }

  private storedVersion(planId: string, versions?: Map<string, Promise<string | null>>): Promise<string | null> {
    if (!versions) return this.store.version(planId);
    let version = versions.get(planId);
    if (!version) {
      version = this.store.version(planId);
      versions.set(planId, version);
    }
    return version;
  }

  /** A throw-away copy of the stored document (never kept: the views are). */
  async readStored<T>(planId: string, read: (doc: Y.Doc) => T): Promise<T> {
    const doc = new Y.Doc();
    try {
      const stored = await this.store.load(planId);
      this.decodes++;
      doc.transact(() => stored.parts.forEach((part) => Y.applyUpdate(doc, part)));
    } catch (error) {
      doc.destroy();
      throw new DocumentLoadError(planId, error);
    }
    try {
      return read(doc);
    } finally {
      doc.destroy();
    }
  }

  private liveViews(doc: Y.Doc): Views {
    let views = this.live.get(doc);
    if (!views) {
      const fresh: Views = new Map();
      doc.on("update", () => fresh.clear());
      this.live.set(doc, fresh);
      views = fresh;
    }
    return views;
  }

  private cached<T>(views: Views, key: string, compute: () => Promise<T>): Promise<T> {
    const hit = views.get(key) as Promise<T> | undefined;
    if (hit) return hit;
    const value = compute();
    if (views.size >= MAX_VIEWS_PER_VERSION) views.delete(views.keys().next().value as string);
    views.set(key, value);
    // A failed read is not remembered: the next request tries again.
    value.catch(() => {
      if (views.get(key) === value) views.delete(key);
    });
    return value;
  }
}
