import { graphql } from "../../gql";

export const NotificationsQuery = graphql(`
  query Notifications {
    unreadNotificationCount
    notifications(input: { first: 30 }) {
      id
      kind
      isRead
      createdAt
      actor {
        id
        name
        color
      }
      planId
      feedbackSessionId
      thread {
        id
        quote
      }
      comment {
        id
        body
      }
    }
  }
`);

export const NotificationEventsSubscription = graphql(`
  subscription NotificationEvents {
    notificationEvents {
      unreadCount
      notification {
        id
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);
