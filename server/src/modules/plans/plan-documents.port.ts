/**
 * What the plans module needs from the shared-document store (implemented by the collaboration
 * module). Sections live in the Yjs document, so plan queries read them through here.
 */
import type { EntityManager } from "typeorm";
import * as Y from "yjs";

export interface PlanSectionJson {
  id: string;
  kind: string;
  title: string;
  reviewerId?: string | null;
}

/**
 * One request's memory of stored document versions, planId -> version: the reads of one plan in one
 * request (its sections, its threads' anchors) share one version lookup and so see one version.
 * Never kept beyond the request (a subscription empties it before each event).
 */
export type DocumentVersions = Map<string, Promise<string | null>>;

export interface PlanDocuments {
  /** Stores the first state of a new plan's document, inside the caller's transaction. */
  createDocument(planId: string, doc: Y.Doc, manager?: EntityManager): Promise<void>;
  /** The plan's current content: the live document if loaded, otherwise the stored one. */
  readPlan(planId: string, versions?: DocumentVersions): Promise<{ sections: PlanSectionJson[] }>;
  /** A server-side edit (a reviewer assignment): applied, stored durably and broadcast. */
  change(planId: string, edit: (doc: Y.Doc) => void): Promise<void>;
}
