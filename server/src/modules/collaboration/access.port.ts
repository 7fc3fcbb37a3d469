/**
 * What the collaboration server needs to know about sessions, users and memberships, implemented by
 * the modules that own them (wired in `services.ts`), so this module imports none of them.
 */
import type { Actor, PlanSubject } from "../../policies/plan-policy";

export interface SessionUser extends Actor {
  name: string;
  color: string;
}

export interface ConnectionKey {
  sessionId: string;
  planId: string;
  userId: string;
}

export interface ConnectionAccess {
  hasSession: boolean;
  isUserActive: boolean;
  role: PlanSubject["role"];
  /** False when the plan no longer exists. */
  hasPlan: boolean;
  isArchived: boolean;
}

export type FoundPlan = PlanSubject & { planId: string };

export interface CollaborationAccess {
  /**
   * The active user and session behind a `Cookie` header, or null. Given a plan id, the same read
   * also answers `findPlan` for it (`plan`: null when there is no such plan), so an upgrade costs
   * one statement.
   */
  authenticate(cookieHeader: string | undefined, planId?: string): Promise<{ user: SessionUser; sessionId: string; plan?: FoundPlan | null } | null>;
  /** The policy subject of a plan for this user, or null when there is no such plan. */
  findPlan(planId: string, userId: string): Promise<FoundPlan | null>;
  /** The current access of each open connection, in order; one query for all. */
  checkConnections(keys: readonly ConnectionKey[]): Promise<ConnectionAccess[]>;
}
