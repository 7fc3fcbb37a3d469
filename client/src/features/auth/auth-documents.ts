import { graphql } from "../../gql";

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      name
      color
      can {
        manageUsers
        createPlan
      }
      organization {
        id
        name
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user {
        id
        email
        name
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
