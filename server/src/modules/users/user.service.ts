/** People in an organisation: listing, invitations and (de)activation by admins. */
import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { isUuid } from "../../db/ids";
import type { DomainEvents } from "../../events/domain-events";
import { ConflictError, ForbiddenError, NotFoundError } from "../../errors";
import { canInOrganization, type OrganizationAction } from "../../policies/organization-policy";
import { hashPassword } from "../auth/password";
import type { SessionService } from "../auth/session.service";
import { colorFor } from "./user-colors";
import { User } from "./user.entity";

export interface NewUser {
  email: string;
  name: string;
  isAdmin: boolean;
  jobTitle?: string | null;
}

export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly events: DomainEvents,
  ) {}

  private authorize(actor: User, action: OrganizationAction) {
    if (!canInOrganization(actor, action, actor.organizationId)) throw new ForbiddenError();
  }

  list(actor: User): Promise<User[]> {
    this.authorize(actor, "organization.listUsers");
    return this.dataSource.getRepository(User).find({
      where: { organizationId: actor.organizationId },
      order: { name: "ASC" },
    });
  }

  /**
   * Creates the account with a one-time password the admin passes on. Emails are unique per organisation,
   * so only this organisation's people are checked: nothing is said about, or taken from, any other.
   */
  async invite(actor: User, input: NewUser): Promise<{ user: User; temporaryPassword: string }> {
    this.authorize(actor, "organization.manageUsers");
    const email = input.email.trim().toLowerCase();
    if (await this.dataSource.getRepository(User).existsBy({ email, organizationId: actor.organizationId })) {
      throw new ConflictError(`Someone in your organisation already uses ${email}.`);
    }
    const temporaryPassword = randomBytes(9).toString("base64url");
    const user = await this.dataSource.getRepository(User).save({
      organizationId: actor.organizationId,
      email,
      name: input.name.trim(),
      jobTitle: input.jobTitle?.trim() || null,
      isAdmin: input.isAdmin,
      isActive: true,
      color: colorFor(email),
      passwordHash: await hashPassword(temporaryPassword),
    });
    return { user, temporaryPassword };
  }

  async setActive(actor: User, userId: string, isActive: boolean): Promise<User> {
    this.authorize(actor, "organization.manageUsers");
    const user = isUuid(userId)
      ? await this.dataSource.getRepository(User).findOneBy({ id: userId, organizationId: actor.organizationId })
      : null;
    if (!user) throw new NotFoundError("User");
    if (user.id === actor.id) throw new ConflictError("You cannot deactivate yourself.");
    user.isActive = isActive;
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(User).update({ id: user.id }, { isActive });
      if (!isActive) await this.sessions.revokeAllForUser(user.id, manager);
    });
    if (!isActive) this.events.emit("user.deactivated", { userId: user.id });
    return user;
  }
}
