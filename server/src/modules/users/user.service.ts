/** People in an organisation: listing, invitations and (de)activation by admins. */
import { randomBytes } from "node:crypto";
import type { DomainEvents } from "../../events/domain-events";
import { ConflictError, ForbiddenError, NotFoundError } from "../../errors";
import { canInOrganization, type OrganizationAction } from "../../policies/organization-policy";
import type { UserCredentials } from "./user-credentials.port";
import { colorFor } from "./user-colors";
import type { User } from "./user.entity";
import type { UserRepository } from "./user.repository";

export interface NewUser {
  email: string;
  name: string;
  isAdmin: boolean;
  jobTitle?: string | null;
}

export class UserService {
  constructor(
    private readonly repository: UserRepository,
    private readonly credentials: UserCredentials,
    private readonly events: DomainEvents,
  ) {}

  private authorize(actor: User, action: OrganizationAction) {
    if (!canInOrganization(actor, action, actor.organizationId)) throw new ForbiddenError();
  }

  list(actor: User): Promise<User[]> {
    this.authorize(actor, "organization.listUsers");
    return this.repository.listOfOrganization(actor.organizationId);
  }

  /**
   * Creates the account with a one-time password the admin passes on. Emails are unique per organisation,
   * so only this organisation's people are checked: nothing is said about, or taken from, any other.
   */
  async invite(actor: User, input: NewUser): Promise<{ user: User; temporaryPassword: string }> {
    this.authorize(actor, "organization.manageUsers");
    const email = input.email.trim().toLowerCase();
    if (await this.repository.findByEmailInOrganization(email, actor.organizationId)) {
      throw new ConflictError(`Someone in your organisation already uses ${email}.`);
    }
    const temporaryPassword = randomBytes(9).toString("base64url");
    const user = await this.repository.insert({
      organizationId: actor.organizationId,
      email,
      name: input.name.trim(),
      jobTitle: input.jobTitle?.trim() || null,
      isAdmin: input.isAdmin,
      isActive: true,
      color: colorFor(email),
      passwordHash: await this.credentials.hashPassword(temporaryPassword),
    });
    return { user, temporaryPassword };
  }

  async setActive(actor: User, userId: string, isActive: boolean): Promise<User> {
    this.authorize(actor, "organization.manageUsers");
    const user = await this.repository.findInOrganization(userId, actor.organizationId);
    if (!user) throw new NotFoundError("User");
    if (user.id === actor.id) throw new ConflictError("You cannot deactivate yourself.");
    user.isActive = isActive;
    await this.repository.transaction(async (manager) => {
      await this.repository.setActive(user.id, isActive, manager);
      if (!isActive) await this.credentials.revokeAllSessions(user.id, manager);
    });
    if (!isActive) this.events.emit("user.deactivated", { userId: user.id });
    return user;
  }
}
