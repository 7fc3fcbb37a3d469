import { graphql } from "../../gql";

export const UsersQuery = graphql(`
  query Users {
    users {
      id
      name
      email
      isAdmin
      isActive
      isPlanCreator
      color
    }
  }
`);

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      inviteUrl
      emailed
      invitation {
        id
        email
      }
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($userId: ID!) {
    deactivateUser(userId: $userId) {
      id
      isActive
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($userId: ID!) {
    reactivateUser(userId: $userId) {
      id
      isActive
    }
  }
`);

export const InvitationsQuery = graphql(`
  query Invitations {
    invitations {
      id
      email
      name
      status
      sentAt
      expiresAt
      plans {
        planId
        planTitle
        role
      }
    }
  }
`);

export const ResendInvitationMutation = graphql(`
  mutation ResendInvitation($invitationId: ID!) {
    resendInvitation(invitationId: $invitationId) {
      inviteUrl
      emailed
      invitation {
        id
        email
        status
        sentAt
        expiresAt
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($invitationId: ID!) {
    revokeInvitation(invitationId: $invitationId) {
      id
      status
    }
  }
`);

export const InvitablePlansQuery = graphql(`
  query InvitablePlans {
    plans {
      id
      title
      status
      viewerCan {
        manageMembers
      }
    }
  }
`);

export const SetPlanCreationMutation = graphql(`
  mutation SetPlanCreation($planCreation: PlanCreation!) {
    setPlanCreation(planCreation: $planCreation) {
      id
      planCreation
    }
  }
`);

export const SetPlanCreatorMutation = graphql(`
  mutation SetPlanCreator($userId: ID!, $isPlanCreator: Boolean!) {
    setPlanCreator(userId: $userId, isPlanCreator: $isPlanCreator) {
      id
      isPlanCreator
    }
  }
`);

export const CouncilRosterQuery = graphql(`
  query CouncilRoster {
    councilRoster {
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
  }
`);

export const SetCouncilMemberMutation = graphql(`
  mutation SetCouncilMember($input: SetCouncilMemberInput!) {
    setCouncilMember(input: $input) {
      id
    }
  }
`);

export const SetCouncilMemberAwayMutation = graphql(`
  mutation SetCouncilMemberAway($input: SetCouncilMemberAwayInput!) {
    setCouncilMemberAway(input: $input) {
      id
      awayUntil
    }
  }
`);

export const RemoveCouncilMemberMutation = graphql(`
  mutation RemoveCouncilMember($id: ID!) {
    removeCouncilMember(id: $id)
  }
`);
export const SetOrganizationTimeZoneMutation = graphql(`
  mutation SetOrganizationTimeZone($timeZone: String!) {
    setOrganizationTimeZone(timeZone: $timeZone) {
      id
      timeZone
    }
  }
`);
