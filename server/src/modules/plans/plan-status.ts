import { registerEnumType } from "type-graphql";

export enum PlanStatus {
  DRAFT = "DRAFT",
  IN_REVIEW = "IN_REVIEW",
  /** An approver asked for changes to the submitted version. */
  CHANGES_REQUESTED = "CHANGES_REQUESTED",
  APPROVED = "APPROVED",
  ARCHIVED = "ARCHIVED",
}

registerEnumType(PlanStatus, { name: "PlanStatus" });
