/**
 * The plan page with what other features add to it: composed here, in the app, so that the plan page,
 * comments and sign-off never import each other.
 */
import { CommentsOnPlan } from "../features/comments/comments-on-plan";
import { PlanPage } from "../features/plan-page/plan-page";
import { PlanSignoffArea } from "../features/versions/plan-signoff-area";

export function PlanRoute() {
  return <PlanPage Extension={PlanSignoffArea} addOn={CommentsOnPlan} />;
}
