import type { Actor, PlanAction } from "./plan-policy";

/**
 * "Load this plan and check this action, or throw": implemented by the plans module. Modules below
 * plans (audit) take it as a parameter so they never import plans.
 */
export interface PlanAuthorizer {
  authorize(actor: Actor, planId: string, action: PlanAction): Promise<unknown>;
}
