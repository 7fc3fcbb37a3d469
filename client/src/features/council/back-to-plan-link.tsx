import { Anchor, Breadcrumbs } from "@mantine/core";
import { Link } from "react-router";

/** The way back from the council's pages to the live plan (and to the calls, from one call). */
export function BackToPlanLink({ planId, toCalls = false }: { planId: string; toCalls?: boolean }) {
  return (
    <Breadcrumbs>
      <Anchor component={Link} to={`/plans/${planId}`} size="sm" c="dimmed">
        Back to the plan
      </Anchor>
      {toCalls && (
        <Anchor component={Link} to={`/plans/${planId}/feedback`} size="sm" c="dimmed">
          Feedback calls
        </Anchor>
      )}
    </Breadcrumbs>
  );
}
