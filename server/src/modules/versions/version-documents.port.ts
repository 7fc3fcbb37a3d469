/**
 * What versions need from the shared-document store (implemented by the collaboration module, so
 * versions never imports it): the plan's exact state now, and a way to put an old state back on top.
 */
import type { PlanJson } from "@planbridge/plan-schema";

export interface DocumentCapture {
  /** Yjs state bytes (`encodeStateAsUpdate`) of the document at one moment. */
  state: Uint8Array;
  /** `readPlan` of exactly that state. */
  plan: PlanJson;
}

export interface VersionDocuments {
  /** The live document if loaded (it holds edits not yet durable), otherwise the stored one. */
  capture(planId: string): Promise<DocumentCapture>;
  /**
   * Edits the live document until its content matches `state`'s, as one new change that open editors
   * receive and that is durable when this resolves. Reviewers are taken from `reviewerOf`.
   */
  restore(planId: string, state: Uint8Array, reviewerOf: (sectionId: string) => string | null): Promise<void>;
}
