import { registerEnumType } from "type-graphql";

/** What an audit entry records. Stored as text in every entry's hash: never rename a value, add one. */
export enum AuditAction {
  MEMBER_ADDED = "MEMBER_ADDED",
  MEMBER_ROLE_CHANGED = "MEMBER_ROLE_CHANGED",
  MEMBER_REMOVED = "MEMBER_REMOVED",
  REVIEWER_ASSIGNED = "REVIEWER_ASSIGNED",
  VERSION_CUT = "VERSION_CUT",
  VERSION_RESTORED = "VERSION_RESTORED",
  SIGNOFF_REQUESTED = "SIGNOFF_REQUESTED",
  VERSION_APPROVED = "VERSION_APPROVED",
  CHANGES_REQUESTED = "CHANGES_REQUESTED",
  /** An approval or tactic review no longer covers the submitted text; its owner is notified. */
  APPROVAL_STALE = "APPROVAL_STALE",
  TACTIC_REVIEWED = "TACTIC_REVIEWED",
  EXPORTED = "EXPORTED",
}

registerEnumType(AuditAction, { name: "AuditAction" });
