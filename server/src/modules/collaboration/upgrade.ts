/**
 * Decides, before a socket is accepted, who is connecting to which plan and with what rights:
 * session cookie -> user, URL -> plan, membership -> policy. A refusal still completes the handshake
 * so the browser sees our close code (an HTTP error would reach it only as 1006).
 */
import type { IncomingMessage } from "node:http";
import { CloseCode, parseCollabPath, wantsSaveAcks, type StandardCloseCode } from "@planbridge/protocol";
import { can, type Actor, type PlanSubject } from "../../policies/plan-policy";
import type { CollaborationAccess } from "./access.port";
import type { ConnectionGrant } from "./connection";
import { isSameOrigin } from "../../http/same-origin";

export interface UpgradeRefusal {
  code: CloseCode | StandardCloseCode;
  reason: string;
}

export interface AuthorizedUpgrade extends ConnectionGrant {
  actor: Actor;
  subject: PlanSubject;
}

export type UpgradeDecision = { grant: AuthorizedUpgrade } | { refusal: UpgradeRefusal };

export interface UpgradeDeps {
  access: CollaborationAccess;
  /** In production a browser Origin must match the Host (cross-site WebSocket hijacking). */
  checkOrigin: boolean;
}

const refuse = (code: CloseCode, reason: string): UpgradeDecision => ({ refusal: { code, reason } });

export async function authorizeUpgrade(req: IncomingMessage, deps: UpgradeDeps): Promise<UpgradeDecision> {
  const planId = parseCollabPath(req.url ?? "");
  if (planId === null) return refuse(CloseCode.NotFound, "no such plan");
  if (deps.checkOrigin && !isSameOrigin(req)) return refuse(CloseCode.Forbidden, "cross-origin connection");
  const session = await deps.access.authenticate(req.headers.cookie, planId);
  if (!session) return refuse(CloseCode.Unauthenticated, "sign in first");
  const { user, sessionId } = session;
  const plan = session.plan !== undefined ? session.plan : await deps.access.findPlan(planId, user.id);
  // Another organisation's plan is "not found", as in GraphQL: the code must not reveal that it exists.
  if (!plan || plan.organizationId !== user.organizationId) return refuse(CloseCode.NotFound, "no such plan");
  const { planId: foundId, ...subject } = plan;
  if (!can(user, "plan.view", subject)) return refuse(CloseCode.Forbidden, "not a member of this plan");
  return {
    grant: {
      planId: foundId,
      userId: user.id,
      sessionId,
      identity: { id: user.id, name: user.name, color: user.color },
      canWrite: can(user, "plan.editText", subject),
      wantsAcks: wantsSaveAcks(req.url ?? ""),
      actor: { id: user.id, organizationId: user.organizationId, isAdmin: user.isAdmin, isActive: user.isActive },
      subject,
    },
  };
}

