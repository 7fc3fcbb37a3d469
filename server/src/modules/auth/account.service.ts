/**
 * The signed-in person's own password, and "forgot password" by single-use link. Changing or resetting
 * a password ends other sessions (and so their collaboration sockets and subscriptions).
 */
import { hashSecretToken, MAX_TOKEN_LENGTH, newSecretToken } from "../../crypto/secret-token";
import { BadInputError } from "../../errors";
import { linkMail } from "../../mail/link-mail";
import type { Mailer } from "../../mail/mailer";
import type { User } from "../users/user.entity";
import type { UserRepository } from "../users/user.repository";
import type { LoginThrottle } from "./login-throttle";
import { hashPassword, verifyPassword } from "./password";
import type { PasswordResetRepository } from "./password-reset.repository";
import { ResetThrottle } from "./reset-throttle";
import type { SessionService } from "./session.service";

export const RESET_LINK_TTL_MS = 60 * 60_000;
export const RESET_PATH = "/reset-password/";

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

export class AccountService {
  /** Reset mails still being prepared or sent (the request has already been answered). */
  private readonly deliveries = new Set<Promise<void>>();

  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionService,
    private readonly resets: PasswordResetRepository,
    private readonly mailer: Mailer,
    private readonly throttle: LoginThrottle,
    private readonly resetThrottle = new ResetThrottle(),
  ) {}

  /** Checks the current password (within the sign-in throttle), stores the new one, ends every other session. */
  async changePassword(actor: User, sessionId: string | null, currentPassword: string, newPassword: string, clientAddress: string): Promise<number> {
    const { slot, retryAfterMs } = this.throttle.reserve(actor.email, clientAddress);
    if (!slot) throw new BadInputError(`Too many wrong passwords. Try again in ${minutes(retryAfterMs)} minutes.`);
    const stored = await this.users.findInOrganization(actor.id, actor.organizationId);
    if (!stored || !(await verifyPassword(currentPassword, stored.passwordHash))) {
      throw new BadInputError("Your current password is not right.");
    }
    this.throttle.succeeded(slot);
    const passwordHash = await hashPassword(newPassword);
    return this.users.transaction(async (manager) => {
      await this.users.setPasswordHash(actor.id, passwordHash, manager);
      return this.sessions.revokeOthers(actor.id, sessionId, manager);
    });
  }

  /**
   * Answers at once and the same way whether or not the email has an account; the links are made and
   * mailed afterwards, so not even the time taken tells. One link per active account with that email
   * (an address may have an account in several organisations).
   */
  requestReset(rawEmail: string, clientAddress: string, origin: string): void {
    const email = rawEmail.trim().toLowerCase();
    const allowance = this.resetThrottle.take(email, clientAddress);
    if (allowance.verdict === "refuse") {
      throw new BadInputError(`Too many reset requests from your network. Try again in ${minutes(allowance.retryAfterMs)} minutes.`);
    }
    if (allowance.verdict === "skip") return;
    const delivery = this.sendResetLinks(email, origin)
      .catch((error: unknown) => console.error("password reset mail failed", error))
      .finally(() => this.deliveries.delete(delivery));
    this.deliveries.add(delivery);
  }

  /** Resolves when every reset mail requested so far has been handled (shutdown, tests). */
  async settled(): Promise<void> {
    await Promise.all([...this.deliveries]);
  }

  private async sendResetLinks(email: string, origin: string): Promise<void> {
    for (const user of await this.users.listActiveByEmail(email)) {
      const { token, tokenHash } = newSecretToken();
      await this.resets.insert({ userId: user.id, tokenHash, expiresAt: new Date(Date.now() + RESET_LINK_TTL_MS) });
      await this.mailer.send(
        linkMail({
          to: user.email,
          subject: "Reset your planbridge password",
          paragraphs: [`Hello ${user.name},`, "Someone (hopefully you) asked to reset your planbridge password. The link below lets you choose a new one."],
          linkLabel: "Choose a new password",
          url: `${origin}${RESET_PATH}${token}`,
          footer: "The link works once, for one hour. If you did not ask for it, ignore this mail: your password stays as it is.",
        }),
      );
    }
  }

  /** Sets a new password through a reset link, ends every session of that person, and opens a new one. */
  async resetPassword(token: string, newPassword: string, replacingSessionId: string | null) {
    const reset = token.length <= MAX_TOKEN_LENGTH ? await this.resets.findByTokenHash(hashSecretToken(token)) : null;
    if (!reset) throw new BadInputError("This reset link is not valid. Ask for a new one from the sign-in page.");
    if (reset.usedAt) throw new BadInputError("This reset link was already used. Ask for a new one from the sign-in page.");
    if (reset.expiresAt.getTime() <= Date.now()) throw new BadInputError("This reset link has expired. Ask for a new one from the sign-in page.");
    const passwordHash = await hashPassword(newPassword);
    const user = await this.users.transaction(async (manager) => {
      const [found] = await this.users.findByIds([reset.userId], manager);
      if (!found?.isActive) throw new BadInputError("This account is deactivated; ask an admin of your organisation.");
      if (!(await this.resets.use(reset, manager))) throw new BadInputError("This reset link was already used. Ask for a new one from the sign-in page.");
      await this.users.setPasswordHash(found.id, passwordHash, manager);
      await this.sessions.revokeAllForUser(found.id, manager);
      return found;
    });
    if (replacingSessionId) await this.sessions.revoke(replacingSessionId);
    return { user, ...(await this.sessions.createSession(user.id)) };
  }
}
