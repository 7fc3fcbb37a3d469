/** Server-side sessions: random cookie tokens, stored hashed, with expiry and revocation. */
import { parse as parseCookie } from "cookie";
import type { DataSource, EntityManager } from "typeorm";
import { hashSecretToken, MAX_TOKEN_LENGTH, newSecretToken } from "../../crypto/secret-token";
import type { DomainEvents } from "../../events/domain-events";
import type { User } from "../users/user.entity";
import { SessionRepository } from "./session.repository";

export const SESSION_COOKIE = "pb_session";
/** Tokens are 43 characters; anything much longer is not ours and is not worth hashing. */
export const MAX_SESSION_TOKEN_LENGTH = 200;

export interface AuthenticatedSession {
  user: User;
  sessionId: string;
}

export function readSessionToken(cookieHeader?: string): string | undefined {
  if (!cookieHeader) return undefined;
  return parseCookie(cookieHeader)[SESSION_COOKIE] || undefined;
}

export class SessionService {
  private readonly repository: SessionRepository;

  constructor(
    dataSource: DataSource,
    readonly ttlHours = 24 * 14,
    private readonly events?: DomainEvents,
  ) {
    this.repository = new SessionRepository(dataSource);
  }

  async createSession(userId: string, manager?: EntityManager) {
    const { token, tokenHash } = newSecretToken();
    const expiresAt = new Date(Date.now() + this.ttlHours * 3_600_000);
    const session = await this.repository.insert({ userId, tokenHash, expiresAt }, manager);
    return { token, sessionId: session.id, expiresAt };
  }

  /** The active user behind a cookie token, or null (unknown, expired, or deactivated user). */
  async authenticate(token?: string): Promise<AuthenticatedSession | null> {
    if (!token || token.length > MAX_TOKEN_LENGTH) return null;
    const found = await this.repository.findLiveWithUser(hashSecretToken(token));
    return found ? { user: found.user, sessionId: found.session.id } : null;
  }

  async revoke(sessionId: string): Promise<void> {
    const session = await this.repository.findById(sessionId);
    if (!session) return;
    await this.repository.delete(sessionId);
    this.events?.emit("session.revoked", { sessionId, userId: session.userId });
  }

  async revokeAllForUser(userId: string, manager?: EntityManager): Promise<void> {
    await this.revokeOthers(userId, null, manager);
  }

  /**
   * Ends every session of the user but `keepSessionId` (the browser that asked); each ending closes that
   * session's collaboration sockets and subscriptions (`session.revoked`). Returns how many were ended.
   */
  async revokeOthers(userId: string, keepSessionId: string | null, manager?: EntityManager): Promise<number> {
    const sessions = (await this.repository.findOfUser(userId, manager)).filter((session) => session.id !== keepSessionId);
    await this.repository.deleteOfUserExcept(userId, keepSessionId, manager);
    for (const session of sessions) this.events?.emit("session.revoked", { sessionId: session.id, userId });
    return sessions.length;
  }
}
