/**
 * The plan page with what other features add to it: composed here, in the app, so that the plan page,
 * comments, sign-off and presentation never import each other.
 */
import { CommentsOnPlan } from "../features/comments/comments-on-plan";
import { CouncilPanel } from "../features/council/council-panel";
import { SectionInsights } from "../features/council/section-insights";
import { PlanPage, type PlanExtensionProps } from "../features/plan-page/plan-page";
import { ApprovedExportMenu, ExportMenuItems } from "../features/presenter/export-menu";
import { PresenterBanner } from "../features/presenter/presenter-banner";
import { PlanSignoffArea } from "../features/versions/plan-signoff-area";

function PlanExtensions(props: PlanExtensionProps) {
  const { planId, can, provider, placement } = props;
  if (placement === "header") return <ApprovedExportMenu planId={planId} canDownload={can.exportApproved} />;
  // Any version may be presented by a member; downloading one that is not approved is for owners and editors.
  const versionActions = (version: { number: number }) => <ExportMenuItems planId={planId} version={version.number} canDownload={can.export} />;
  return (
    <>
      {placement === "banner" && <PresenterBanner planId={planId} provider={provider} />}
      <PlanSignoffArea {...props} placement={placement} versionActions={versionActions} />
      {placement === "side" && <CouncilPanel planId={planId} />}
    </>
  );
}

export function PlanRoute() {
  return <PlanPage Extension={PlanExtensions} addOn={CommentsOnPlan} SectionFooter={SectionInsights} />;
}
