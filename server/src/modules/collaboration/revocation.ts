/**
 * Closes or downgrades open sockets when GraphQL changes who may see a plan: membership removed or
 * changed, session revoked, user deactivated, plan archived. Events are in-process and synchronous, so sockets close
 * immediately (the close handshake gets CLOSE_GRACE_MS before the socket is destroyed).
 */
import { CloseCode } from "@planbridge/protocol";
import type { DomainEvents, DomainEventMap } from "../../events/domain-events";
import { recheckAccess, type GrantedConnection } from "./access-check";

export type { GrantedConnection } from "./access-check";

/** Open sockets by user id. */
export class ConnectionIndex {
  private readonly byUser = new Map<string, Set<GrantedConnection>>();

  add(connection: GrantedConnection): void {
    const set = this.byUser.get(connection.userId) ?? new Set();
    set.add(connection);
    this.byUser.set(connection.userId, set);
  }

  remove(connection: GrantedConnection): void {
    const set = this.byUser.get(connection.userId);
    set?.delete(connection);
    if (set?.size === 0) this.byUser.delete(connection.userId);
  }

  ofUser(userId: string): GrantedConnection[] {
    return [...(this.byUser.get(userId) ?? [])];
  }

  all(): GrantedConnection[] {
    return [...this.byUser.values()].flatMap((set) => [...set]);
  }
}

/** The events that take access away from an open socket. */
type RevocationEvent = "membership.removed" | "membership.changed" | "session.revoked" | "user.deactivated" | "plan.archived";

export function subscribeRevocations(events: DomainEvents, index: ConnectionIndex): () => void {
  const handlers: { [K in RevocationEvent]: (...args: DomainEventMap[K]) => void } = {
    "membership.removed": ({ planId, userId }) => {
      for (const c of index.ofUser(userId)) if (c.grant.planId === planId) c.close(CloseCode.Forbidden, "removed from plan");
    },
    "membership.changed": ({ planId, userId, role }) => {
      for (const c of index.ofUser(userId)) if (c.grant.planId === planId) recheckAccess(c, { role });
    },
    "session.revoked": ({ sessionId, userId }) => {
      for (const c of index.ofUser(userId)) if (c.sessionId === sessionId) c.close(CloseCode.SessionRevoked, "signed out");
    },
    "user.deactivated": ({ userId }) => {
      for (const c of index.ofUser(userId)) c.close(CloseCode.SessionRevoked, "account deactivated");
    },
    // Archiving freezes the plan for everyone; un-archiving lets writers back on the next sweep.
    "plan.archived": ({ planId }) => {
      for (const c of index.all()) if (c.grant.planId === planId) c.setCanWrite(false);
    },
  };
  for (const name of Object.keys(handlers) as RevocationEvent[]) events.on(name, handlers[name]);
  return () => {
    for (const name of Object.keys(handlers) as RevocationEvent[]) events.off(name, handlers[name]);
  };
}
