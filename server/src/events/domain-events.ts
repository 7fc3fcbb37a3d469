/**
 * In-process events that cross module boundaries: the collaboration server closes sockets when
 * GraphQL removes a membership or a session.
 */
import { EventEmitter } from "node:events";
import type { PlanRole } from "../policies/plan-role";

/** Someone must be told something about a plan (an approval or review went stale, ...). */
export interface NotificationRequest {
  userId: string;
  planId: string;
  kind: string;
  versionId: string;
  sectionIds: string[];
  message: string;
}

export interface DomainEventMap {
  "membership.removed": [{ planId: string; userId: string }];
  "membership.changed": [{ planId: string; userId: string; role: PlanRole }];
  "session.revoked": [{ sessionId: string; userId: string }];
  "user.deactivated": [{ userId: string }];
  "notification.requested": [NotificationRequest];
  /** Archived plans are frozen: open sockets must stop writing at once. */
  "plan.archived": [{ planId: string }];
}

export class DomainEvents extends EventEmitter<DomainEventMap> {}
