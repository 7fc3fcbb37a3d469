import { registerEnumType } from "type-graphql";

export enum PlanStatus {
  DRAFT = "DRAFT",
  IN_REVIEW = "IN_REVIEW",
  APPROVED = "APPROVED",
  ARCHIVED = "ARCHIVED",
}

registerEnumType(PlanStatus, { name: "PlanStatus" });
