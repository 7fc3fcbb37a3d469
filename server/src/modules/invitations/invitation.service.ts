/**
 * Invitations by link. An admin names the person (and optionally plans and roles); the link is mailed
 * when SMTP is set up and handed to the admin to pass on otherwise. The person opens it, chooses their
 * own name and password, and is signed in as a member of the plans named. Links are single use and
 * expire; re-sending makes a new link, revoking kills it.
 */
import type { EntityManager } from "typeorm";
import { hashSecretToken, MAX_TOKEN_LENGTH, newSecretToken } from "../../crypto/secret-token";
import { BadInputError, ConflictError, DomainError, ForbiddenError, NotFoundError } from "../../errors";
import { linkMail } from "../../mail/link-mail";
import type { Mailer } from "../../mail/mailer";
import { canInOrganization } from "../../policies/organization-policy";
import { PlanRole } from "../../policies/plan-role";
import { AuditAction } from "../audit/audit-action";
import type { AuditRepository } from "../audit/audit.repository";
import { hashPassword } from "../auth/password";
import type { SessionService } from "../auth/session.service";
import type { OrganizationRepository } from "../organizations/organization.repository";
import type { PlanMemberRepository } from "../plans/plan-member.repository";
import { PlanStatus } from "../plans/plan-status";
import type { PlanService } from "../plans/plan.service";
import { colorFor } from "../users/user-colors";
import type { User } from "../users/user.entity";
import type { UserRepository } from "../users/user.repository";
import type { Invitation } from "./invitation.entity";
import type { InvitationRepository } from "./invitation.repository";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;
export const INVITE_PATH = "/invite/";

export enum InvitationStatus {
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  EXPIRED = "EXPIRED",
  REVOKED = "REVOKED",
}

export function invitationStatus(invitation: Invitation, now = Date.now()): InvitationStatus {
  if (invitation.acceptedAt) return InvitationStatus.ACCEPTED;
  if (invitation.revokedAt) return InvitationStatus.REVOKED;
  return invitation.expiresAt.getTime() <= now ? InvitationStatus.EXPIRED : InvitationStatus.PENDING;
}

export interface NewInvitation {
  email: string;
  name: string;
  jobTitle?: string | null;
  isAdmin: boolean;
  plans: { planId: string; role: PlanRole }[];
}

/** What the admin gets back: the link itself unless it went out by mail. */
export interface SentInvitation {
  invitation: Invitation;
  inviteUrl: string | null;
  emailed: boolean;
}

/** What the person holding a link sees before accepting. */
export interface InvitationPreview {
  email: string;
  name: string;
  organizationName: string;
  invitedByName: string;
  plans: { title: string; role: PlanRole }[];
}

export class InvitationService {
  constructor(
    private readonly repository: InvitationRepository,
    private readonly users: UserRepository,
    private readonly organizations: OrganizationRepository,
    private readonly plans: PlanService,
    private readonly members: PlanMemberRepository,
    private readonly audit: AuditRepository,
    private readonly sessions: SessionService,
    private readonly mailer: Mailer,
  ) {}

  private async authorize(actor: User): Promise<void> {
    const organization = await this.organizations.findById(actor.organizationId);
    if (!organization || !canInOrganization(actor, "organization.manageUsers", organization)) throw new ForbiddenError();
  }

  async list(actor: User): Promise<Invitation[]> {
    await this.authorize(actor);
    return this.repository.listOfOrganization(actor.organizationId);
  }

  /**
   * Emails are unique per organisation, so only this organisation's people and invitations are checked:
   * nothing is said about any other. Each plan named must be one the admin may add members to.
   */
  async invite(actor: User, input: NewInvitation, origin: string): Promise<SentInvitation> {
    await this.authorize(actor);
    const email = input.email.trim().toLowerCase();
    if (await this.users.findByEmailInOrganization(email, actor.organizationId)) {
      throw new ConflictError(`Someone in your organisation already uses ${email}.`);
    }
    await this.checkPlans(actor, input.plans);
    const { token, tokenHash } = newSecretToken();
    const invitation = await this.repository.transaction(async (manager) => {
      const open = await this.repository.findOpenByEmail(actor.organizationId, email, manager);
      if (open && invitationStatus(open) === InvitationStatus.PENDING) {
        throw new ConflictError(`${email} already has an open invitation: re-send or revoke it in the list of invitations.`);
      }
      if (open) await this.repository.revoke(open.id, manager);
      return this.repository.insert(
        {
          organizationId: actor.organizationId,
          email,
          name: input.name.trim(),
          jobTitle: input.jobTitle?.trim() || null,
          isAdmin: input.isAdmin,
          invitedById: actor.id,
          tokenHash,
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
          plans: input.plans,
        },
        manager,
      );
    });
    return this.deliver(actor, invitation, token, origin);
  }

  private async checkPlans(actor: User, plans: NewInvitation["plans"]): Promise<void> {
    if (new Set(plans.map((plan) => plan.planId)).size !== plans.length) throw new BadInputError("Name each plan once.");
    for (const { planId, role } of plans) {
      if (role === PlanRole.OWNER) throw new BadInputError("An invitation cannot make someone a plan's owner; change the role once they have joined.");
      const { plan } = await this.plans.authorize(actor, planId, "plan.manageMembers");
      if (plan.status === PlanStatus.ARCHIVED) throw new BadInputError(`"${plan.title}" is archived: no one can join it.`);
    }
  }

  /** A new link for a pending or expired invitation (the old link stops working), mailed or handed back. */
  async resend(actor: User, invitationId: string, origin: string): Promise<SentInvitation> {
    await this.authorize(actor);
    const invitation = await this.findOpen(actor, invitationId);
    const { token, tokenHash } = newSecretToken();
    await this.repository.renew(invitation.id, tokenHash, new Date(Date.now() + INVITATION_TTL_MS));
    const renewed = (await this.repository.findInOrganization(invitation.id, actor.organizationId))!;
    return this.deliver(actor, renewed, token, origin);
  }

  async revoke(actor: User, invitationId: string): Promise<Invitation> {
    await this.authorize(actor);
    const invitation = await this.findOpen(actor, invitationId);
    await this.repository.revoke(invitation.id);
    return (await this.repository.findInOrganization(invitation.id, actor.organizationId))!;
  }

  private async findOpen(actor: User, invitationId: string): Promise<Invitation> {
    const invitation = await this.repository.findInOrganization(invitationId, actor.organizationId);
    if (!invitation) throw new NotFoundError("Invitation");
    if (invitation.acceptedAt) throw new ConflictError(`${invitation.email} has already accepted this invitation.`);
    if (invitation.revokedAt) throw new ConflictError("This invitation was revoked; invite the person again.");
    return invitation;
  }

  private async deliver(actor: User, invitation: Invitation, token: string, origin: string): Promise<SentInvitation> {
    const url = `${origin}${INVITE_PATH}${token}`;
    const organization = await this.organizations.findById(actor.organizationId);
    const planLine = invitation.plans.length > 0 ? [`You will join ${invitation.plans.map((plan) => `"${plan.planTitle}"`).join(", ")}.`] : [];
    try {
      await this.mailer.send(
        linkMail({
          to: invitation.email,
          subject: `${actor.name} invited you to ${organization?.name ?? "planbridge"} on planbridge`,
          paragraphs: [`Hello ${invitation.name},`, `${actor.name} invited you to plan together in ${organization?.name ?? "planbridge"}.`, ...planLine],
          linkLabel: "Accept the invitation",
          url,
          footer: "Choose your name and password on the page the link opens. The link works once and expires in 7 days.",
        }),
      );
    } catch (error) {
      console.error("invitation mail failed", error);
      throw new DomainError("SERVICE_UNAVAILABLE", "The invitation is saved but the mail server refused it; re-send it from the list of invitations.");
    }
    // A mailed link goes to the invitee only; without SMTP the admin passes it on.
    const emailed = this.mailer.delivery === "smtp";
    return { invitation, inviteUrl: emailed ? null : url, emailed };
  }

  /** What the link's page shows; null when the link cannot be used (unknown, used, revoked or expired). */
  async preview(token: string): Promise<InvitationPreview | null> {
    const invitation = await this.findByToken(token);
    if (!invitation || invitationStatus(invitation) !== InvitationStatus.PENDING) return null;
    const [organization, [inviter]] = await Promise.all([
      this.organizations.findById(invitation.organizationId),
      this.users.findByIds([invitation.invitedById]),
    ]);
    return {
      email: invitation.email,
      name: invitation.name,
      organizationName: organization?.name ?? "",
      invitedByName: inviter?.name ?? "",
      plans: invitation.plans.map((plan) => ({ title: plan.planTitle, role: plan.role })),
    };
  }

  /**
   * Creates the account, adds the memberships and marks the link used in one transaction, then signs
   * the new person in (ending whatever session this browser had).
   */
  async accept(token: string, name: string, password: string, replacingSessionId: string | null) {
    const invitation = await this.findByToken(token);
    if (!invitation) throw new BadInputError("This invitation link is not valid. Ask whoever invited you for a new one.");
    this.assertUsable(invitation);
    const passwordHash = await hashPassword(password);
    const user = await this.repository.transaction(async (manager) => {
      if (await this.users.findByEmailInOrganization(invitation.email, invitation.organizationId, manager)) {
        throw new ConflictError(`${invitation.email} already has an account here: sign in instead.`);
      }
      const created = await this.users.insert(
        {
          organizationId: invitation.organizationId,
          email: invitation.email,
          name: name.trim(),
          jobTitle: invitation.jobTitle,
          isAdmin: invitation.isAdmin,
          isActive: true,
          isPlanCreator: false,
          color: colorFor(invitation.email),
          passwordHash,
        },
        manager,
      );
      if (!(await this.repository.accept(invitation.id, created.id, manager))) {
        throw new BadInputError("This invitation was used, revoked or has expired just now. Ask for a new one.");
      }
      await this.join(invitation, created.id, manager);
      return created;
    });
    if (replacingSessionId) await this.sessions.revoke(replacingSessionId);
    const session = await this.sessions.createSession(user.id);
    return { user, planIds: invitation.plans.map((plan) => plan.planId), ...session };
  }

  private async join(invitation: Invitation, userId: string, manager: EntityManager): Promise<void> {
    for (const { planId, role } of invitation.plans) {
      await this.members.insert({ planId, userId, role }, manager);
      await this.audit.append({ planId, actorId: invitation.invitedById, action: AuditAction.MEMBER_ADDED, payload: { userId, role, invitationId: invitation.id } }, manager);
    }
  }

  private assertUsable(invitation: Invitation): void {
    const status = invitationStatus(invitation);
    if (status === InvitationStatus.ACCEPTED) throw new BadInputError("This invitation was already used. Sign in with the account it created.");
    if (status === InvitationStatus.REVOKED) throw new BadInputError("This invitation was withdrawn. Ask whoever invited you for a new one.");
    if (status === InvitationStatus.EXPIRED) throw new BadInputError("This invitation has expired. Ask whoever invited you to send it again.");
  }

  private findByToken(token: string): Promise<Invitation | null> {
    if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return Promise.resolve(null);
    return this.repository.findByTokenHash(hashSecretToken(token));
  }
}
