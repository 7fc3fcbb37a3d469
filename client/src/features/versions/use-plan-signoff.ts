import { useCallback, useEffect } from "react";
import { useQuery } from "urql";
import { notifications } from "@mantine/notifications";
import type { CombinedError } from "urql";
import { describeError } from "../../components/graphql-errors";
import type { PlanSignoffQuery as PlanSignoffResult } from "../../gql/graphql";
import { PlanSignoffQuery } from "./versions-documents";

export type PlanSignoffData = PlanSignoffResult;
export type Signoff = NonNullable<NonNullable<PlanSignoffResult["plan"]>["signoff"]>;
export type Approval = Signoff["approvals"][number];
export type Version = NonNullable<PlanSignoffResult["plan"]>["versions"][number];
/** The viewer's rights on versions, sign-off and reviews, answered by the server's policy. */
export type VersionPermissions = NonNullable<PlanSignoffResult["plan"]>["viewerCan"];
export type CoverageEntry = PlanSignoffResult["reviewCoverage"]["sections"][number];

/** Approvals and reviews change when other people act: refresh now and then, and after our own actions. */
const REFRESH_MS = 15_000;

export function usePlanSignoff(planId: string) {
  const [{ data, error }, refetch] = useQuery({ query: PlanSignoffQuery, variables: { id: planId } });
  const refresh = useCallback(() => refetch({ requestPolicy: "network-only" }), [refetch]);
  useEffect(() => {
    const timer = window.setInterval(refresh, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);
  return { data, error, refresh };
}

export type PlanSignoffState = ReturnType<typeof usePlanSignoff>;

/** Shows a failed mutation; true when it failed. */
export function reportFailure(title: string, error: CombinedError | undefined): boolean {
  if (!error) return false;
  notifications.show({ color: "red", title, message: describeError(error) });
  return true;
}
