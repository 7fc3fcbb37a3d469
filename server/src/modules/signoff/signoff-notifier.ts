/**
 * Telling people that something they signed or reviewed went stale. A port: the sign-off rules decide
 * who is told; how (an in-app notification list, email) is the notifier's job. Called after commit.
 */
import type { DomainEvents } from "../../events/domain-events";

export type NoticeKind = "APPROVAL_STALE" | "TACTIC_REVIEW_STALE";

export interface Notice {
  userId: string;
  planId: string;
  kind: NoticeKind;
  /** The submitted version that made it stale. */
  versionId: string;
  sectionIds: string[];
  message: string;
}

export interface SignoffNotifier {
  notify(notices: readonly Notice[]): void;
}

/**
 * Until the comments module's notification list exists, notices go out as domain events (the durable
 * record is the APPROVAL_STALE audit entry written in the same transaction as the submission).
 */
export class DomainEventNotifier implements SignoffNotifier {
  constructor(private readonly events: DomainEvents) {}

  notify(notices: readonly Notice[]): void {
    for (const notice of notices) this.events.emit("notification.requested", notice);
  }
}
