/**
 * The one re-check of an open socket's rights, used when a domain event changes them (revocation.ts)
 * and when the periodic sweep finds them changed (access-sweep.ts): closed when the user may no longer
 * view the plan, otherwise read-only or writable as the policy says.
 */
import { CloseCode } from "@planbridge/protocol";
import { can, type PlanSubject } from "../../policies/plan-policy";
import type { Connection } from "./connection";
import type { AuthorizedUpgrade } from "./upgrade";

export type GrantedConnection = Connection & { readonly grant: AuthorizedUpgrade };

/** `decidedAt` is when the facts were read (the sweep reads before it decides); a later event wins. */
export function recheckAccess(connection: GrantedConnection, changes: Partial<PlanSubject>, isUserActive = true, decidedAt?: bigint): void {
  const actor = { ...connection.grant.actor, isActive: isUserActive };
  const subject = { ...connection.grant.subject, ...changes };
  if (!can(actor, "plan.view", subject)) return connection.close(CloseCode.Forbidden, "no longer allowed to view this plan");
  connection.setCanWrite(can(actor, "plan.editText", subject), decidedAt);
}
