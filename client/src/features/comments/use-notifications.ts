import { useCallback, useEffect } from "react";
import { useMutation, useQuery, useSubscription } from "urql";
import { useOnSubscriptionsConnected } from "../../app/live-updates";
import { MarkNotificationsReadMutation, NotificationEventsSubscription, NotificationsQuery } from "./notification-documents";
import type { NotificationsQuery as NotificationsResult } from "../../gql/graphql";

export type AppNotification = NotificationsResult["notifications"][number];

/** My notifications and unread count, live: each notification event reloads the list. */
export function useNotifications() {
  const [{ data }, refetch] = useQuery({ query: NotificationsQuery });
  const reload = useCallback(() => refetch({ requestPolicy: "network-only" }), [refetch]);
  const [{ data: event }] = useSubscription({ query: NotificationEventsSubscription });
  useEffect(() => {
    if (event) reload();
  }, [event, reload]);
  useOnSubscriptionsConnected(reload);
  const [, markRead] = useMutation(MarkNotificationsReadMutation);
  const markAsRead = useCallback(
    async (ids: string[] | null) => {
      await markRead({ ids });
      reload();
    },
    [markRead, reload],
  );
  return {
    notifications: data?.notifications ?? [],
    unreadCount: data?.unreadNotificationCount ?? 0,
    markAsRead,
  };
}
