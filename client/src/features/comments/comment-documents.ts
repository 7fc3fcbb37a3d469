import { graphql } from "../../gql";

// One shape for a thread everywhere (the list, mutation results), so a result can replace a list entry.
export const ThreadFieldsFragment = graphql(`
  fragment ThreadFields on Thread {
    id
    status
    sectionId
    quote
    isOrphaned
    suggestion
    suggestionStatus
    rejectionReason
    createdAt
    resolvedAt
    anchor {
      sectionId
      start
      end
      quote
    }
    author {
      id
      name
      email
      color
    }
    resolvedBy {
      id
      name
    }
    viewerCan {
      reply
      resolve
      reopen
      acceptSuggestion
      rejectSuggestion
    }
    comments {
      id
      body
      isDeleted
      createdAt
      editedAt
      author {
        id
        name
        email
        color
      }
      viewerCan {
        edit
        delete
      }
    }
  }
`);

export const PlanThreadsQuery = graphql(`
  query PlanThreads($planId: ID!) {
    plan(id: $planId) {
      id
      threads {
        ...ThreadFields
      }
    }
  }
`);

export const ThreadEventsSubscription = graphql(`
  subscription ThreadEvents($planId: ID!) {
    threadEvents(planId: $planId) {
      kind
      thread {
        id
      }
    }
  }
`);

export const CreateThreadMutation = graphql(`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) {
      ...ThreadFields
    }
  }
`);

export const ReplyToThreadMutation = graphql(`
  mutation ReplyToThread($input: ReplyToThreadInput!) {
    replyToThread(input: $input) {
      id
    }
  }
`);

export const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      id
      body
      editedAt
    }
  }
`);

export const DeleteCommentMutation = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      id
      isDeleted
    }
  }
`);

export const ResolveThreadMutation = graphql(`
  mutation ResolveThread($id: ID!) {
    resolveThread(id: $id) {
      ...ThreadFields
    }
  }
`);

export const ReopenThreadMutation = graphql(`
  mutation ReopenThread($id: ID!) {
    reopenThread(id: $id) {
      ...ThreadFields
    }
  }
`);

export const AcceptSuggestionMutation = graphql(`
  mutation AcceptSuggestion($id: ID!, $confirm: Boolean) {
    acceptSuggestion(id: $id, confirm: $confirm) {
      ...ThreadFields
    }
  }
`);

export const RejectSuggestionMutation = graphql(`
  mutation RejectSuggestion($input: RejectSuggestionInput!) {
    rejectSuggestion(input: $input) {
      ...ThreadFields
    }
  }
`);
