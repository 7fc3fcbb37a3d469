import type { PlanRole } from "../../gql/graphql";

/** Roles that write to the shared text; the server enforces the same split (DESIGN.md, plan roles). */
export function canEditText(role: PlanRole | null | undefined): boolean {
  return role === "OWNER" || role === "EDITOR";
}

export function canManagePlan(role: PlanRole | null | undefined): boolean {
  return role === "OWNER";
}

/** Drafts are downloaded by the people who write the plan; the approved version by every member (server policy). */
export function canExportDrafts(role: PlanRole | null | undefined): boolean {
  return role === "OWNER" || role === "EDITOR";
}

export const ASSIGNABLE_ROLES: PlanRole[] = ["OWNER", "EDITOR", "COMMENTER", "APPROVER", "VIEWER"];
