import { Anchor, Breadcrumbs } from "@mantine/core";
import { Link } from "react-router";

/** The way back from a version, comparison or audit page to the live plan. */
export function BackToPlan({ planId }: { planId: string }) {
  return (
    <Breadcrumbs>
      <Anchor component={Link} to={`/plans/${planId}`} size="sm" c="dimmed">
        Back to the plan
      </Anchor>
    </Breadcrumbs>
  );
}
