import { graphql } from "../../gql";

export const InsightFieldsFragment = graphql(`
  fragment InsightFields on FieldInsight {
    id
    kind
    body
    region
    segment
    product
    createdAt
    author {
      id
      name
      color
    }
  }
`);

export const FieldInsightsQuery = graphql(`
  query FieldInsights($filter: InsightFilterInput) {
    fieldInsights(filter: $filter) {
      ...InsightFields
    }
  }
`);

export const PlanInsightsQuery = graphql(`
  query PlanInsights($planId: ID!) {
    plan(id: $planId) {
      id
      title
      viewerCan {
        linkInsight
        createPoll
        comment
      }
      sections {
        id
        kind
        title
      }
      sectionInsights {
        sectionId
        insight {
          ...InsightFields
        }
      }
      polls {
        id
        question
        options
        createdAt
        totals
        myAnswer
        results {
          region
          counts
        }
      }
    }
  }
`);

export const SectionInsightsQuery = graphql(`
  query SectionInsights($planId: ID!) {
    plan(id: $planId) {
      id
      sectionInsights {
        sectionId
        insight {
          ...InsightFields
        }
      }
    }
  }
`);

export const LogInsightMutation = graphql(`
  mutation LogInsight($input: LogInsightInput!) {
    logInsight(input: $input) {
      ...InsightFields
    }
  }
`);

export const LinkInsightMutation = graphql(`
  mutation LinkInsight($input: LinkInsightInput!) {
    linkInsight(input: $input) {
      id
    }
  }
`);

export const UnlinkInsightMutation = graphql(`
  mutation UnlinkInsight($input: LinkInsightInput!) {
    unlinkInsight(input: $input) {
      id
    }
  }
`);

export const CreatePollMutation = graphql(`
  mutation CreatePoll($input: CreatePollInput!) {
    createPoll(input: $input) {
      id
    }
  }
`);

export const AnswerPollMutation = graphql(`
  mutation AnswerPoll($input: AnswerPollInput!) {
    answerPoll(input: $input) {
      id
      myAnswer
      totals
      results {
        region
        counts
      }
    }
  }
`);
