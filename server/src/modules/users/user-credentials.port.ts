/**
 * What the users module needs from authentication (implemented by the auth module, wired in
 * `services.ts`), so users never imports auth: auth depends on users, not the other way round.
 */
import type { EntityManager } from "typeorm";

export interface UserCredentials {
  /** Signs the user out everywhere, inside the caller's transaction when `manager` is given. */
  revokeAllSessions(userId: string, manager?: EntityManager): Promise<void>;
}
