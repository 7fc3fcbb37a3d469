/** Organisation-level permissions: who manages people and who may start plans. */
import type { Actor } from "./plan-policy";

export type OrganizationAction = "organization.manageUsers" | "organization.listUsers" | "organization.createPlan" | "organization.manageSettings";

export function canInOrganization(actor: Actor, action: OrganizationAction, organizationId: string): boolean {
  if (!actor.isActive || actor.organizationId !== organizationId) return false;
  if (action === "organization.manageUsers" || action === "organization.manageSettings") return actor.isAdmin;
  return true;
}
