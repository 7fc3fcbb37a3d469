import { graphql } from "../../gql";

export const PlansQuery = graphql(`
  query Plans($filter: PlanFilterInput) {
    plans(filter: $filter) {
      id
      title
      status
      myRole
      updatedAt
      owner {
        id
        name
        color
      }
    }
  }
`);

export const CreatePlanMutation = graphql(`
  mutation CreatePlan($input: CreatePlanInput!) {
    createPlan(input: $input) {
      id
    }
  }
`);
