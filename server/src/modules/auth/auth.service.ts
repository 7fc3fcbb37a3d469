/** Sign-in and sign-out: checks the password, opens or closes a server-side session. */
import { UnauthenticatedError } from "../../errors";
import type { User } from "../users/user.entity";
import type { UserRepository } from "../users/user.repository";
import { LoginThrottle } from "./login-throttle";
import { verifyPassword } from "./password";
import { readSessionToken, type SessionService } from "./session.service";

// Compared against when the email is unknown, so a wrong email costs the same time as a wrong password.
const DUMMY_HASH = "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionService,
    private readonly throttle = new LoginThrottle(),
  ) {}

  tokenFromCookies(cookieHeader?: string): string | undefined {
    return readSessionToken(cookieHeader);
  }

  /**
   * Checks the password within the throttle's budget and opens a new session. `replacing` is the session
   * the browser signed in with before, if any: it is ended, so a token planted or seen before sign-in
   * (session fixation) is worthless afterwards.
   */
  async login(rawEmail: string, password: string, clientAddress: string, replacing: string | null = null) {
    const email = rawEmail.trim().toLowerCase();
    const { slot, retryAfterMs } = this.throttle.reserve(email, clientAddress);
    if (!slot) {
      throw new UnauthenticatedError(`Too many failed sign-ins. Try again in ${Math.ceil(retryAfterMs / 60_000)} minutes.`);
    }
    const user = await this.findByPassword(email, password);
    if (!user) throw new UnauthenticatedError("Email or password is incorrect.");
    this.throttle.succeeded(slot);
    if (replacing) await this.sessions.revoke(replacing);
    const session = await this.sessions.createSession(user.id);
    return { user, ...session };
  }

  /**
   * The active user with this email and password. An email may belong to people in several organisations
   * (users are unique per organisation); the hashes are checked in parallel so the time taken says little
   * about how many there are.
   */
  private async findByPassword(email: string, password: string): Promise<User | null> {
    const candidates = await this.users.listActiveByEmail(email);
    const hashes = candidates.length > 0 ? candidates.map((user) => user.passwordHash) : [DUMMY_HASH];
    const matches = await Promise.all(hashes.map((hash) => verifyPassword(password, hash)));
    return candidates.find((_user, index) => matches[index]) ?? null;
  }

  async logout(sessionId: string | null): Promise<void> {
    if (sessionId) await this.sessions.revoke(sessionId);
  }
}
