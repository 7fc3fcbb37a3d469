import { graphql } from "../../gql";

/** Everything the plan page's sign-off banner, versions panel and review coverage show. */
export const PlanSignoffQuery = graphql(`
  query PlanSignoff($id: ID!) {
    plan(id: $id) {
      id
      status
      viewerCan {
        cutVersion
        requestSignoff
        approve
        reviewTactic
        restore
        viewAudit
      }
      versions {
        id
        number
        name
        hash
        createdAt
        sections {
          sectionId
          title
        }
        createdBy {
          id
          name
        }
      }
      signoff {
        id
        status
        createdAt
        version {
          id
          number
          name
        }
        approvals {
          id
          state
          sectionIds
          comment
          decidedAt
          isCarriedOver
          approver {
            id
            name
            email
          }
          approvedVersion {
            id
            number
          }
        }
      }
    }
    reviewCoverage(planId: $id) {
      version {
        id
        number
      }
      sections {
        sectionId
        title
        state
        reviewer {
          id
          name
        }
        review {
          id
          createdAt
          comment
        }
      }
    }
  }
`);

export const CutVersionMutation = graphql(`
  mutation CutVersion($input: CutVersionInput!) {
    cutVersion(input: $input) {
      id
      number
    }
  }
`);

export const RequestSignoffMutation = graphql(`
  mutation RequestSignoff($input: RequestSignoffInput!) {
    requestSignoff(input: $input) {
      id
      status
    }
  }
`);

export const ApproveVersionMutation = graphql(`
  mutation ApproveVersion($input: ApproveVersionInput!) {
    approveVersion(input: $input) {
      id
      status
    }
  }
`);

export const RequestChangesMutation = graphql(`
  mutation RequestChanges($input: RequestChangesInput!) {
    requestChanges(input: $input) {
      id
      status
    }
  }
`);

export const ReviewTacticMutation = graphql(`
  mutation ReviewTactic($input: ReviewTacticInput!) {
    reviewTactic(input: $input) {
      id
      state
    }
  }
`);

export const RestoreVersionMutation = graphql(`
  mutation RestoreVersion($input: RestoreVersionInput!) {
    restoreVersion(input: $input) {
      id
    }
  }
`);


export const SectionDiffFieldsFragment = graphql(`
  fragment SectionDiffFields on SectionDiff {
    sectionId
    change
    title
    previousTitle
    isMoved
    isRenamed
    isEdited
    isReviewerChanged
    words {
      kind
      text
    }
  }
`);

export const DiffVersionsQuery = graphql(`
  query DiffVersions($from: ID!, $to: ID!) {
    diffVersions(fromVersionId: $from, toVersionId: $to) {
      from {
        id
        number
      }
      to {
        id
        number
      }
      sections {
        ...SectionDiffFields
      }
    }
  }
`);

export const DiffWithDraftQuery = graphql(`
  query DiffWithDraft($from: ID!) {
    diffVersionWithDraft(versionId: $from) {
      from {
        id
        number
      }
      sections {
        ...SectionDiffFields
      }
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($planId: ID!) {
    auditLog(planId: $planId) {
      isValid
      firstInvalidEntryId
      entries {
        id
        action
        payload
        createdAt
        hash
        actor {
          id
          name
        }
      }
    }
  }
`);

export const PlanVersionQuery = graphql(`
  query PlanVersion($id: ID!) {
    planVersion(id: $id) {
      id
      number
      name
      hash
      createdAt
      content
      createdBy {
        id
        name
      }
    }
  }
`);
