/**
 * How a feature plugs into the plan page without the plan page importing it (features stay apart):
 * the app hands the page a component that receives the plan and renders the page with what the feature
 * adds beside the text (`aside`) and to each section's editor (`forSection`). Comments are one.
 */
import type { ComponentType, ReactNode } from "react";
import type * as Y from "yjs";
import type { SectionEditorAddOn } from "./section-editor";

export interface PlanAddOn {
  aside: ReactNode;
  /** Stable per section: a new object would rebuild that section's editor. */
  forSection(sectionId: string): SectionEditorAddOn | undefined;
}

export interface PlanPerson {
  id: string;
  name: string;
  email: string;
  color: string;
}

export interface PlanAddOnProps {
  planId: string;
  myId: string;
  /** The plan's shared document once its connection is open. */
  doc: Y.Doc | null;
  people: readonly PlanPerson[];
  viewerCan: { comment: boolean; suggest: boolean };
  children(addOn: PlanAddOn): ReactNode;
}

export type PlanAddOnComponent = ComponentType<PlanAddOnProps>;

const NOTHING: PlanAddOn = { aside: null, forSection: () => undefined };

/** The page without add-ons. */
export function NoPlanAddOn({ children }: PlanAddOnProps): ReactNode {
  return children(NOTHING);
}
