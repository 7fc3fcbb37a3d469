import type { PlanRole } from "../../gql/graphql";
import { ReviewCoveragePanel } from "./review-coverage-panel";
import { SignoffBanner } from "./signoff-banner";
import type { PlanSignoffState } from "./use-plan-signoff";
import { VersionsPanel } from "./versions-panel";

interface AreaProps {
  planId: string;
  state: PlanSignoffState;
  myId: string;
  onChanged(): void;
}

/** The banner at the top of the plan page: only while a version is submitted. */
export function PlanSignoffBanner({ state, myId, onChanged }: AreaProps) {
  const signoff = state.data?.plan?.signoff;
  return signoff ? <SignoffBanner signoff={signoff} myId={myId} onChanged={onChanged} /> : null;
}

interface PanelsProps extends AreaProps {
  members: { role: PlanRole; user: { id: string; name: string } }[];
  canManage: boolean;
  canExportDrafts: boolean;
}

/** Versions and council review coverage, beside the plan. */
export function PlanSignoffPanels({ planId, state, myId, members, canManage, canExportDrafts, onChanged }: PanelsProps) {
  const plan = state.data?.plan;
  const coverage = state.data?.reviewCoverage;
  if (!plan) return null;
  return (
    <>
      <VersionsPanel
        planId={planId}
        versions={plan.versions}
        submittedVersionId={plan.signoff?.version.id ?? null}
        approvedVersionId={plan.signoff?.status === "APPROVED" ? plan.signoff.version.id : null}
        members={members}
        canManage={canManage}
        canExportDrafts={canExportDrafts}
        onChanged={onChanged}
      />
      {coverage?.version && coverage.sections.length > 0 && (
        <ReviewCoveragePanel versionId={coverage.version.id} versionNumber={coverage.version.number} sections={coverage.sections} myId={myId} onChanged={onChanged} />
      )}
    </>
  );
}
