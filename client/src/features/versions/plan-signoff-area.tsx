import { useCallback, type ReactNode } from "react";
import type { PlanRole } from "../../gql/graphql";
import { ReviewCoveragePanel } from "./review-coverage-panel";
import { SignoffBanner } from "./signoff-banner";
import { usePlanSignoff, type PlanSignoffState } from "./use-plan-signoff";
import { VersionsPanel } from "./versions-panel";

interface Member {
  role: PlanRole;
  user: { id: string; name: string };
}

/** The plan page's extension point (the app's route passes this component to it). */
export interface PlanSignoffAreaProps {
  planId: string;
  myId: string;
  members: Member[];
  /** Rendered once above the sections (the banner) and once beside them (versions and coverage). */
  placement: "banner" | "side";
  onPlanChanged(): void;
  /** Menu items other features add to each version (see VersionsPanel). */
  versionActions?: (version: { id: string; number: number }) => ReactNode;
}

/**
 * Versions, sign-off and council review on the plan page. Both placements ask the same query, which the
 * GraphQL client shares, so a refresh after one's action updates the other too.
 */
export function PlanSignoffArea({ planId, myId, members, placement, onPlanChanged, versionActions }: PlanSignoffAreaProps) {
  const state = usePlanSignoff(planId);
  const { refresh } = state;
  // A sign-off changes the plan's status badge too.
  const onChanged = useCallback(() => {
    refresh();
    onPlanChanged();
  }, [refresh, onPlanChanged]);
  return placement === "banner" ? (
    <PlanSignoffBanner state={state} myId={myId} onChanged={onChanged} />
  ) : (
    <PlanSignoffPanels planId={planId} state={state} myId={myId} members={members} versionActions={versionActions} onChanged={onChanged} />
  );
}

interface AreaProps {
  state: PlanSignoffState;
  myId: string;
  onChanged(): void;
}

/** The banner at the top of the plan page: only while a version is submitted. */
function PlanSignoffBanner({ state, myId, onChanged }: AreaProps) {
  const plan = state.data?.plan;
  return plan?.signoff ? <SignoffBanner signoff={plan.signoff} myId={myId} canApprove={plan.viewerCan.approve} onChanged={onChanged} /> : null;
}

/** Versions and council review coverage, beside the plan. */
function PlanSignoffPanels({ planId, state, myId, members, versionActions, onChanged }: AreaProps & Pick<PlanSignoffAreaProps, "planId" | "members" | "versionActions">) {
  const plan = state.data?.plan;
  const coverage = state.data?.reviewCoverage;
  if (!plan) return null;
  return (
    <>
      <VersionsPanel
        planId={planId}
        versions={plan.versions}
        submittedVersionId={plan.signoff?.version.id ?? null}
        members={members}
        can={plan.viewerCan}
        versionActions={versionActions}
        onChanged={onChanged}
      />
      {coverage?.version && coverage.sections.length > 0 && (
        <ReviewCoveragePanel
          versionId={coverage.version.id}
          versionNumber={coverage.version.number}
          sections={coverage.sections}
          myId={myId}
          canReview={plan.viewerCan.reviewTactic}
          onChanged={onChanged}
        />
      )}
    </>
  );
}
