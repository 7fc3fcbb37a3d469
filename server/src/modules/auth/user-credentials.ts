/** The auth module's side of the users module's `UserCredentials` port. */
import type { EntityManager } from "typeorm";
import type { UserCredentials } from "../users/user-credentials.port";
import type { SessionService } from "./session.service";

export class AuthUserCredentials implements UserCredentials {
  constructor(private readonly sessions: SessionService) {}

  revokeAllSessions(userId: string, manager?: EntityManager): Promise<void> {
    return this.sessions.revokeAllForUser(userId, manager);
  }
}
