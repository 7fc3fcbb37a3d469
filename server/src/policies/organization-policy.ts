/** Organisation-level permissions: who manages people and settings, and who may start plans. */
import { PlanCreation } from "./plan-creation";
import type { Actor } from "./plan-policy";

export { PlanCreation };

export type OrganizationAction = "organization.manageUsers" | "organization.listUsers" | "organization.createPlan" | "organization.manageSettings";

export interface OrganizationActor extends Actor {
  /** Named by an admin as someone who may start plans (counts when the setting is NAMED). */
  isPlanCreator: boolean;
}

/** The organisation being acted in, with the settings the rules read. */
export interface OrganizationSubject {
  id: string;
  /** Read by `organization.createPlan` only; absent, nobody may create plans (fail closed). */
  planCreation?: PlanCreation;
}

export function canInOrganization(actor: OrganizationActor, action: OrganizationAction, organization: OrganizationSubject): boolean {
  if (!actor.isActive || actor.organizationId !== organization.id) return false;
  switch (action) {
    case "organization.manageUsers":
    case "organization.manageSettings":
      return actor.isAdmin;
    case "organization.createPlan":
      return organization.planCreation !== undefined && mayCreatePlan(actor, organization.planCreation);
    case "organization.listUsers":
      return true;
  }
}

function mayCreatePlan(actor: OrganizationActor, setting: PlanCreation): boolean {
  if (setting === PlanCreation.EVERYONE || actor.isAdmin) return true;
  return setting === PlanCreation.NAMED && actor.isPlanCreator;
}
