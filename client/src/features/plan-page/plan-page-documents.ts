import { graphql } from "../../gql";

// Sections come from the live document (usePlanConnection), not from here: they change with every edit.
export const PlanQuery = graphql(`
  query Plan($id: ID!) {
    plan(id: $id) {
      id
      title
      status
      myRole
      viewerCan {
        editText
        rename
        archive
        manageMembers
        assignReviewer
        comment
        suggest
        export
        exportApproved
      }
      members {
        id
        role
        user {
          id
          name
          email
          color
        }
      }
    }
  }
`);

export const RenamePlanMutation = graphql(`
  mutation RenamePlan($input: RenamePlanInput!) {
    renamePlan(input: $input) {
      id
      title
    }
  }
`);

export const ArchivePlanMutation = graphql(`
  mutation ArchivePlan($planId: ID!) {
    archivePlan(planId: $planId) {
      id
      status
    }
  }
`);

export const AddPlanMemberMutation = graphql(`
  mutation AddPlanMember($input: AddPlanMemberInput!) {
    addPlanMember(input: $input) {
      id
      role
    }
  }
`);

export const ChangePlanMemberRoleMutation = graphql(`
  mutation ChangePlanMemberRole($input: ChangePlanMemberRoleInput!) {
    changePlanMemberRole(input: $input) {
      id
      role
    }
  }
`);

export const RemovePlanMemberMutation = graphql(`
  mutation RemovePlanMember($input: RemovePlanMemberInput!) {
    removePlanMember(input: $input)
  }
`);

export const AssignSectionReviewerMutation = graphql(`
  mutation AssignSectionReviewer($input: AssignSectionReviewerInput!) {
    assignSectionReviewer(input: $input) {
      id
      reviewer {
        id
        name
      }
    }
  }
`);

export const UnarchivePlanMutation = graphql(`
  mutation UnarchivePlan($planId: ID!) {
    unarchivePlan(planId: $planId) {
      id
      status
    }
  }
`);
