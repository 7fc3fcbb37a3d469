/** Sign-in and sign-out: checks the password, opens or closes a server-side session. */
import { UnauthenticatedError } from "../../errors";
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

  async login(rawEmail: string, password: string) {
    const email = rawEmail.trim().toLowerCase();
    const waitMs = this.throttle.retryAfterMs(email);
    if (waitMs > 0) {
      throw new UnauthenticatedError(`Too many failed sign-ins. Try again in ${Math.ceil(waitMs / 60_000)} minutes.`);
    }
    const user = await this.users.findByEmail(email);
    const isValid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !isValid || !user.isActive) {
      this.throttle.recordFailure(email);
      throw new UnauthenticatedError("Email or password is incorrect.");
    }
    this.throttle.recordSuccess(email);
    const session = await this.sessions.createSession(user.id);
    return { user, ...session };
  }

  async logout(sessionId: string | null): Promise<void> {
    if (sessionId) await this.sessions.revoke(sessionId);
  }
}
