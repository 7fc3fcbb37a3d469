import { registerEnumType } from "type-graphql";

/** A user's role in one plan (a membership row). */
export enum PlanRole {
  OWNER = "OWNER",
  EDITOR = "EDITOR",
  COMMENTER = "COMMENTER",
  APPROVER = "APPROVER",
  VIEWER = "VIEWER",
}

registerEnumType(PlanRole, { name: "PlanRole", description: "A member's role in one plan" });
