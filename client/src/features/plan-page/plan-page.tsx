import { Alert, Button, Paper } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import type { ComponentType } from "react";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../../components/empty-state";
import { PlanPageSkeleton } from "../../components/page-skeleton";
import { describeError, errorCode } from "../../components/graphql-errors";
import type { PlanAddOnComponent } from "../../editor/plan-add-on";
import { PlanQuery } from "./plan-page-documents";
import { PlanWorkspace, type PlanExtensionProps, type SectionFooterProps } from "./plan-workspace";

export type { PlanExtensionProps, SectionFooterProps } from "./plan-workspace";

interface PlanPageProps {
  Extension?: ComponentType<PlanExtensionProps>;
  addOn?: PlanAddOnComponent;
  /** Rendered under each section (field insights linked to it). */
  SectionFooter?: ComponentType<SectionFooterProps>;
}

/**
 * The plan page; the app's route passes what other features add to it: `Extension` (sign-off, rendered
 * as a banner and beside the sections), `addOn` (comments, around the editors) and `SectionFooter`
 * (field insights, under each section).
 */
export function PlanPage({ Extension, addOn, SectionFooter }: PlanPageProps) {
  const { planId = "" } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: PlanQuery, variables: { id: planId } });
  const plan = data?.plan;
  if (!plan && fetching) return <PlanPageSkeleton />;
  if (!plan) return <PlanUnavailable code={errorCode(error)} message={describeError(error)} />;
  return <PlanWorkspace plan={plan} Extension={Extension} addOn={addOn} SectionFooter={SectionFooter} onPlanChanged={() => refetch({ requestPolicy: "network-only" })} />;
}

function PlanUnavailable({ code, message }: { code: string | undefined; message: string | undefined }) {
  const back = (
    <Button component={Link} to="/plans" variant="light">
      Back to plans
    </Button>
  );
  if (code === "FORBIDDEN") {
    return (
      <Paper withBorder>
        <EmptyState icon={<IconLock size={28} />} title="You don't have access to this plan" description="Ask the plan's owner to add you as a member." action={back} />
      </Paper>
    );
  }
  if (code === "NOT_FOUND" || !message) {
    return (
      <Paper withBorder>
        <EmptyState title="Plan not found" description="It may have been deleted, or the link is wrong." action={back} />
      </Paper>
    );
  }
  return <Alert color="red">{message}</Alert>;
}
