/** People in an organisation: listing, (de)activation and plan-creation rights by admins; my own profile. */
import type { DomainEvents } from "../../events/domain-events";
import { ConflictError, ForbiddenError, NotFoundError } from "../../errors";
import { canInOrganization, type OrganizationAction, type PlanCreation } from "../../policies/organization-policy";
import type { Organization } from "../organizations/organization.entity";
import type { OrganizationRepository } from "../organizations/organization.repository";
import type { UserCredentials } from "./user-credentials.port";
import type { User } from "./user.entity";
import type { UserRepository } from "./user.repository";

export interface ProfileChanges {
  name: string;
  jobTitle?: string | null;
}

export class UserService {
  constructor(
    private readonly repository: UserRepository,
    private readonly organizations: OrganizationRepository,
    private readonly credentials: UserCredentials,
    private readonly events: DomainEvents,
  ) {}

  private async authorize(actor: User, action: OrganizationAction): Promise<Organization> {
    const organization = await this.organizations.findById(actor.organizationId);
    if (!organization || !canInOrganization(actor, action, organization)) throw new ForbiddenError();
    return organization;
  }

  async list(actor: User): Promise<User[]> {
    await this.authorize(actor, "organization.listUsers");
    return this.repository.listOfOrganization(actor.organizationId);
  }

  async setActive(actor: User, userId: string, isActive: boolean): Promise<User> {
    await this.authorize(actor, "organization.manageUsers");
    const user = await this.find(actor, userId);
    if (user.id === actor.id) throw new ConflictError("You cannot deactivate yourself.");
    user.isActive = isActive;
    await this.repository.transaction(async (manager) => {
      await this.repository.setActive(user.id, isActive, manager);
      if (!isActive) await this.credentials.revokeAllSessions(user.id, manager);
    });
    if (!isActive) this.events.emit("user.deactivated", { userId: user.id });
    return user;
  }

  /** Who may start plans: everyone, admins only, or admins and the people named (`setPlanCreator`). */
  async setPlanCreation(actor: User, planCreation: PlanCreation): Promise<Organization> {
    const organization = await this.authorize(actor, "organization.manageSettings");
    await this.organizations.setPlanCreation(organization.id, planCreation);
    return { ...organization, planCreation };
  }

  async setPlanCreator(actor: User, userId: string, isPlanCreator: boolean): Promise<User> {
    await this.authorize(actor, "organization.manageSettings");
    const user = await this.find(actor, userId);
    await this.repository.update(user.id, { isPlanCreator });
    return { ...user, isPlanCreator };
  }

  /** My own name and job title (anyone signed in, for themselves only). */
  async updateProfile(actor: User, changes: ProfileChanges): Promise<User> {
    const update = { name: changes.name.trim(), jobTitle: changes.jobTitle?.trim() || null };
    await this.repository.update(actor.id, update);
    return { ...actor, ...update };
  }

  private async find(actor: User, userId: string): Promise<User> {
    const user = await this.repository.findInOrganization(userId, actor.organizationId);
    if (!user) throw new NotFoundError("User");
    return user;
  }
}
