/** Server-side sessions: random cookie tokens, stored hashed, with expiry and revocation. */
import { createHash, randomBytes } from "node:crypto";
import { parse as parseCookie } from "cookie";
import type { DataSource, EntityManager } from "typeorm";
import type { DomainEvents } from "../../events/domain-events";
import { User } from "../users/user.entity";
import { Session } from "./session.entity";

export const SESSION_COOKIE = "pb_session";

export interface AuthenticatedSession {
  user: User;
  sessionId: string;
}

export function readSessionToken(cookieHeader?: string): string | undefined {
  if (!cookieHeader) return undefined;
  return parseCookie(cookieHeader)[SESSION_COOKIE] || undefined;
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    readonly ttlHours = 24 * 14,
    private readonly events?: DomainEvents,
  ) {}

  async createSession(userId: string, manager: EntityManager = this.dataSource.manager) {
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(Date.now() + this.ttlHours * 3_600_000);
    const session = await manager.save(Session, { userId, tokenHash: hashToken(token), expiresAt });
    return { token, sessionId: session.id, expiresAt };
  }

  /** The active user behind a cookie token, or null (unknown, expired, or deactivated user). */
  async authenticate(token?: string): Promise<AuthenticatedSession | null> {
    if (!token || token.length > 200) return null;
    const row = await this.dataSource
      .getRepository(Session)
      .createQueryBuilder("session")
      .innerJoinAndMapOne("session.user", User, "user", "user.id = session.user_id")
      .where("session.token_hash = :hash", { hash: hashToken(token) })
      .andWhere("session.expires_at > now()")
      .andWhere("user.is_active")
      .getOne();
    const user = (row as (Session & { user?: User }) | null)?.user;
    return row && user ? { user, sessionId: row.id } : null;
  }

  async revoke(sessionId: string): Promise<void> {
    const session = await this.dataSource.getRepository(Session).findOneBy({ id: sessionId });
    if (!session) return;
    await this.dataSource.getRepository(Session).delete({ id: sessionId });
    this.events?.emit("session.revoked", { sessionId, userId: session.userId });
  }

  async revokeAllForUser(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const sessions = await manager.getRepository(Session).findBy({ userId });
    await manager.getRepository(Session).delete({ userId });
    for (const session of sessions) this.events?.emit("session.revoked", { sessionId: session.id, userId });
  }
}
