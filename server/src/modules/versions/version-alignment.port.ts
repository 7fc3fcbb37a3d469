/**
 * What versions need from the alignment tools (leads, campaigns), which sit above versions: the
 * structured data to store beside the document when a version is cut. The composition root connects it.
 */
import type { AlignmentJson } from "@planbridge/plan-schema";

export interface VersionAlignment {
  snapshot(planId: string): Promise<AlignmentJson>;
}
