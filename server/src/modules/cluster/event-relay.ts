/**
 * Domain events (revocations) and comment events (subscription feeds) are in-process emitters; with
 * several processes each one is published on Redis and emitted again in every other process, so a
 * sign-out on process A closes the user's sockets on B, and a comment posted on A reaches a feed on B.
 * While Redis is away events are not relayed; each process's access sweep still re-reads sessions and
 * memberships from PostgreSQL, so revocation is only slower, never lost.
 */
import type { EventEmitter } from "node:events";
import type { DomainEventMap, DomainEvents } from "../../events/domain-events";
import type { CommentEventMap, CommentEvents } from "../comments/comment-events";
import type { RedisBus, RelayedEvent } from "./redis-bus";

/** What other processes must hear. `notification.requested` is not here: one process acts on a request. */
const DOMAIN_EVENTS: readonly (keyof DomainEventMap)[] = [
  "membership.removed",
  "membership.changed",
  "session.revoked",
  "user.deactivated",
  "plan.archived",
];
const COMMENT_EVENTS: readonly (keyof CommentEventMap)[] = ["thread", "notification"];

/** Starts relaying; returns the function that stops it. */
export function relayEvents(bus: RedisBus, domainEvents: DomainEvents, commentEvents: CommentEvents): () => void {
  const sources: Record<string, { emitter: EventEmitter; names: readonly string[] }> = {
    domain: { emitter: domainEvents, names: DOMAIN_EVENTS },
    comment: { emitter: commentEvents, names: COMMENT_EVENTS },
  };
  // Set while re-emitting a relayed event (emit is synchronous), so it is not published back.
  let isRelaying = false;
  const stops: (() => void)[] = [];
  for (const [source, { emitter, names }] of Object.entries(sources)) {
    for (const name of names) {
      const publish = (payload: unknown) => {
        if (!isRelaying) bus.publishEvent({ source, name, payload });
      };
      emitter.on(name, publish);
      stops.push(() => emitter.off(name, publish));
    }
  }
  const receive = ({ source, name, payload }: RelayedEvent) => {
    const target = Object.hasOwn(sources, source) ? sources[source] : undefined;
    if (!target?.names.includes(name) || typeof payload !== "object" || payload === null) return;
    isRelaying = true;
    try {
      target.emitter.emit(name, payload);
    } finally {
      isRelaying = false;
    }
  };
  bus.on("event", receive);
  stops.push(() => bus.off("event", receive));
  return () => stops.forEach((stop) => stop());
}
