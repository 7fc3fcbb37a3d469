/**
 * What comments need from the shared-document store (implemented by the collaboration module, so
 * comments never import it): read a plan's current document to check and resolve anchors, and apply an
 * accepted suggestion as a server-side edit that is broadcast and stored like any client's.
 */
import type * as Y from "yjs";
import type { DocumentVersions } from "../plans/plan-documents.port";

export interface CommentDocuments {
  /**
   * Runs `read` on the plan's current document (the live one when loaded, else the stored one) and
   * returns its answer. `read` must not keep the doc or change it.
   */
  read<T>(planId: string, read: (doc: Y.Doc) => T): Promise<T>;
  /**
   * Like `read`, but the answer is cached per document version and `key` (the same key must always
   * mean the same `read`), and shared between callers, who must not change it.
   */
  view<T>(planId: string, key: string, read: (doc: Y.Doc) => T, versions?: DocumentVersions): Promise<T>;
  /**
   * Applies `edit` to the live document, broadcasts it and resolves once it is durable. If `edit`
   * throws, nothing is applied and the error is rethrown.
   */
  change(planId: string, edit: (doc: Y.Doc) => void): Promise<void>;
}
