import { useCallback, useEffect, useMemo } from "react";
import { useQuery, useSubscription, type CombinedError } from "urql";
import { useOnSubscriptionsConnected } from "../../app/live-updates";
import type { ThreadFieldsFragment } from "../../gql/graphql";
import type { CommentsController } from "./comments-controller";
import { PlanThreadsQuery, ThreadEventsSubscription } from "./comment-documents";

export type PlanThread = ThreadFieldsFragment;
export type ThreadComment = PlanThread["comments"][number];

export interface PlanThreads {
  threads: readonly PlanThread[];
  isLoading: boolean;
  error: CombinedError | undefined;
  reload(): void;
}

const NO_THREADS: readonly PlanThread[] = [];

/**
 * The plan's threads, kept live: every thread event (anyone's new thread, reply, resolution, accepted
 * suggestion) reloads the list, so the panel never has to merge partial updates, and so does every
 * reconnect of the subscriptions socket (events sent while it was down are gone). The controller gets
 * the anchors of open threads for the editors' highlights.
 */
export function usePlanThreads(planId: string, controller: CommentsController): PlanThreads {
  const [{ data, fetching, error }, refetch] = useQuery({ query: PlanThreadsQuery, variables: { planId } });
  const reload = useCallback(() => refetch({ requestPolicy: "network-only" }), [refetch]);
  const [{ data: event }] = useSubscription({ query: ThreadEventsSubscription, variables: { planId } });
  useEffect(() => {
    if (event) reload();
  }, [event, reload]);
  useOnSubscriptionsConnected(reload);

  const threads = data?.plan?.threads ?? NO_THREADS;
  const anchored = useMemo(
    () =>
      threads.map((thread) => ({
        id: thread.id,
        status: thread.status,
        suggestion: thread.suggestionStatus === "PENDING" ? thread.suggestion : null,
        sectionId: thread.anchor?.sectionId ?? null,
        anchorStart: thread.anchor?.start ?? null,
        anchorEnd: thread.anchor?.end ?? null,
      })),
    [threads],
  );
  useEffect(() => controller.setThreads(anchored), [controller, anchored]);
  return { threads, isLoading: fetching && !data, error, reload };
}
