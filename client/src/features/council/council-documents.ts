import { graphql } from "../../gql";

export const PlanCouncilQuery = graphql(`
  query PlanCouncil($planId: ID!) {
    plan(id: $planId) {
      id
      council {
        member {
          id
          kind
          region
          termStart
          termEnd
          awayUntil
          user {
            id
            name
            color
          }
        }
        tactics {
          sectionId
          title
          state
        }
      }
    }
  }
`);

export const FeedbackCallsQuery = graphql(`
  query FeedbackCalls($planId: ID!) {
    plan(id: $planId) {
      id
      title
      viewerCan {
        runFeedback
      }
      feedbackSessions {
        id
        scheduledAt
        agenda {
          id
        }
        actionItems {
          id
          isDone
        }
        participants {
          userId
          name
        }
      }
    }
    feedbackSeries(planId: $planId) {
      cadence
      managersPerSession
      nextSessionAt
    }
  }
`);

export const CreateFeedbackSessionMutation = graphql(`
  mutation CreateFeedbackSession($input: CreateFeedbackSessionInput!) {
    createFeedbackSession(input: $input) {
      id
      agenda {
        kind
        threadId
      }
      participants {
        email
      }
    }
  }
`);

export const FeedbackSessionQuery = graphql(`
  query FeedbackSessionPage($id: ID!, $planId: ID!) {
    feedbackSession(id: $id) {
      id
      planId
      scheduledAt
      notes
      participants {
        userId
        name
        email
        kind
        region
      }
      agenda {
        id
        position
        kind
        title
        detail
        threadId
      }
      actionItems {
        id
        title
        dueOn
        threadId
        isDone
        closedAt
        owner {
          id
          name
        }
      }
    }
    plan(id: $planId) {
      id
      title
      viewerCan {
        runFeedback
      }
      members {
        user {
          id
          name
        }
      }
    }
  }
`);

export const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      id
    }
  }
`);

export const UpdateSessionNotesMutation = graphql(`
  mutation UpdateSessionNotes($input: UpdateSessionNotesInput!) {
    updateSessionNotes(input: $input) {
      id
      notes
    }
  }
`);

export const AddActionItemMutation = graphql(`
  mutation AddActionItem($input: AddActionItemInput!) {
    addActionItem(input: $input) {
      id
    }
  }
`);

export const CloseActionItemMutation = graphql(`
  mutation CloseActionItem($id: ID!) {
    closeActionItem(id: $id) {
      id
      isDone
      closedAt
    }
  }
`);

export const CouncilDigestQuery = graphql(`
  query CouncilDigestPage($planId: ID!) {
    councilDigest(planId: $planId) {
      periodKey
      periodStart
      periodEnd
      sentAt
      entries {
        section
        text
        creditedUserIds
      }
      contributors {
        id
        name
        email
        color
      }
    }
    plan(id: $planId) {
      id
      title
      viewerCan {
        sendDigest
      }
    }
  }
`);

export const SendCouncilDigestMutation = graphql(`
  mutation SendCouncilDigest($planId: ID!) {
    sendCouncilDigest(planId: $planId) {
      periodKey
      sentAt
    }
  }
`);
