import { graphql } from "../../gql";

/** The lead definition page: the rubric, its state, who in the field acknowledged it, and my rights. */
export const LeadDefinitionQuery = graphql(`
  query LeadDefinition($id: ID!) {
    plan(id: $id) {
      id
      title
      viewerCan {
        editLeads
        cosignLeads
        acknowledgeLeads
        comment
      }
      threads {
        ...CriterionThreadFields
      }
      leadDefinition {
        planId
        revision
        status
        qualifiedLeadDefinition
        gradingResponsibility
        thresholdA
        thresholdB
        thresholdC
        publishedRevision
        publishedAt
        isCosigned
        cosignedAt
        cosignedBy {
          id
          name
        }
        criteria {
          id
          kind
          label
          attribute
          operator
          values
          points
        }
        fieldAcknowledgements {
          user {
            id
            name
            jobTitle
          }
          acknowledgedRevision
          acknowledgedAt
          isCurrent
        }
      }
    }
  }
`);

export const SaveLeadDefinitionMutation = graphql(`
  mutation SaveLeadDefinition($input: SaveLeadDefinitionInput!) {
    saveLeadDefinition(input: $input) {
      planId
      revision
      status
    }
  }
`);

export const PublishLeadDefinitionMutation = graphql(`
  mutation PublishLeadDefinition($planId: ID!) {
    publishLeadDefinition(planId: $planId) {
      planId
      revision
      status
    }
  }
`);

export const CosignLeadDefinitionMutation = graphql(`
  mutation CosignLeadDefinition($planId: ID!) {
    cosignLeadDefinition(planId: $planId) {
      planId
      isCosigned
    }
  }
`);

export const AcknowledgeLeadDefinitionMutation = graphql(`
  mutation AcknowledgeLeadDefinition($planId: ID!) {
    acknowledgeLeadDefinition(planId: $planId) {
      planId
      revision
    }
  }
`);

export const GradeLeadQuery = graphql(`
  query GradeLead($input: GradeLeadInput!) {
    gradeLead(input: $input) {
      score
      grade
      missingAttributes
      firedCriteria {
        id
        label
        points
      }
    }
  }
`);

/** The campaign calendar page. */
export const CampaignCalendarQuery = graphql(`
  query CampaignCalendar($id: ID!, $filter: CampaignFilterInput) {
    plan(id: $id) {
      id
      title
      calendarFeedUrl
      viewerCan {
        editCampaigns
        revokeCalendarFeed
      }
      members {
        role
        user {
          id
          name
        }
      }
      campaignCalendar(filter: $filter) {
        timeZone
        today
        regions
        channels
        campaigns {
          id
          name
          channel
          region
          segment
          productFocus
          launchDate
          endDate
          prepDays
          prepStartDate
          isEnablementReady
          talkTrackReady
          objectionHandlingReady
          competitivePositioningReady
          leadListReady
          warnings {
            code
            message
          }
          goals {
            id
            kind
            target
            status
            note
            isMine
            salesOwner {
              id
              name
            }
          }
        }
        events {
          id
          kind
          name
          startDate
          endDate
          region
        }
        focus {
          quarter
          products
        }
      }
    }
  }
`);

export const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      id
      warnings {
        code
      }
    }
  }
`);

export const UpdateCampaignMutation = graphql(`
  mutation UpdateCampaign($input: UpdateCampaignInput!) {
    updateCampaign(input: $input) {
      id
      isEnablementReady
      warnings {
        code
      }
    }
  }
`);

export const DeleteCampaignMutation = graphql(`
  mutation DeleteCampaign($campaignId: ID!) {
    deleteCampaign(campaignId: $campaignId)
  }
`);

export const AddCampaignGoalMutation = graphql(`
  mutation AddCampaignGoal($input: AddCampaignGoalInput!) {
    addCampaignGoal(input: $input) {
      id
    }
  }
`);

export const DecideCampaignGoalMutation = graphql(`
  mutation DecideCampaignGoal($input: DecideCampaignGoalInput!) {
    decideCampaignGoal(input: $input) {
      id
      status
    }
  }
`);

export const AddSalesEventMutation = graphql(`
  mutation AddSalesEvent($input: AddSalesEventInput!) {
    addSalesEvent(input: $input) {
      id
    }
  }
`);

export const SetSalesFocusMutation = graphql(`
  mutation SetSalesFocus($input: SetSalesFocusInput!) {
    setSalesFocus(input: $input) {
      quarter
    }
  }
`);

export const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed($planId: ID!) {
    revokeCalendarFeed(planId: $planId)
  }
`);

/** A comment thread about one criterion of the lead definition (threads without a criterion are left out). */
export const CriterionThreadFieldsFragment = graphql(`
  fragment CriterionThreadFields on Thread {
    id
    criterionId
    status
    createdAt
    author {
      id
      name
    }
    viewerCan {
      reply
      resolve
      reopen
    }
    comments {
      id
      body
      isDeleted
      createdAt
      author {
        id
        name
      }
    }
  }
`);

export const CommentOnCriterionMutation = graphql(`
  mutation CommentOnCriterion($input: CreateThreadInput!) {
    createThread(input: $input) {
      ...CriterionThreadFields
    }
  }
`);

export const ReplyOnCriterionMutation = graphql(`
  mutation ReplyOnCriterion($input: ReplyToThreadInput!) {
    replyToThread(input: $input) {
      id
    }
  }
`);

export const ResolveCriterionThreadMutation = graphql(`
  mutation ResolveCriterionThread($id: ID!) {
    resolveThread(id: $id) {
      ...CriterionThreadFields
    }
  }
`);

export const ReopenCriterionThreadMutation = graphql(`
  mutation ReopenCriterionThread($id: ID!) {
    reopenThread(id: $id) {
      ...CriterionThreadFields
    }
  }
`);

export const RemoveSalesEventMutation = graphql(`
  mutation RemoveSalesEvent($eventId: ID!) {
    removeSalesEvent(eventId: $eventId)
  }
`);
