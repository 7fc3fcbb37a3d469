/** Invitations and the plans they name: every query on those tables lives here. */
import { IsNull, type DataSource, type EntityManager } from "typeorm";
import { isUuid } from "../../ids";
import { Invitation, InvitationPlan } from "./invitation.entity";

export type NewInvitationRow = Pick<
  Invitation,
  "organizationId" | "email" | "name" | "jobTitle" | "isAdmin" | "invitedById" | "tokenHash" | "expiresAt"
> & { plans: Pick<InvitationPlan, "planId" | "role">[] };

const WITH_PLANS = { plans: { plan: true } } as const;

export class InvitationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(row: NewInvitationRow, manager: EntityManager = this.dataSource.manager): Promise<Invitation> {
    const { plans, ...invitation } = row;
    const saved = await manager.getRepository(Invitation).save({ ...invitation, sentAt: new Date() });
    await manager.getRepository(InvitationPlan).insert(plans.map((plan) => ({ ...plan, invitationId: saved.id })));
    return (await this.findInOrganization(saved.id, row.organizationId, manager))!;
  }

  findByTokenHash(tokenHash: string, manager: EntityManager = this.dataSource.manager): Promise<Invitation | null> {
    return manager.getRepository(Invitation).findOne({ where: { tokenHash }, relations: WITH_PLANS });
  }

  findInOrganization(id: string, organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<Invitation | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return manager.getRepository(Invitation).findOne({ where: { id, organizationId }, relations: WITH_PLANS });
  }

  /** The invitation for this address that is neither accepted nor revoked (expired or not), if any. */
  findOpenByEmail(organizationId: string, email: string, manager: EntityManager = this.dataSource.manager): Promise<Invitation | null> {
    return manager.getRepository(Invitation).findOneBy({ organizationId, email, acceptedAt: IsNull(), revokedAt: IsNull() });
  }

  /** Newest first, with their plans: one query. */
  listOfOrganization(organizationId: string, manager: EntityManager = this.dataSource.manager): Promise<Invitation[]> {
    return manager.getRepository(Invitation).find({ where: { organizationId }, relations: WITH_PLANS, order: { createdAt: "DESC" } });
  }

  async revoke(id: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(Invitation).update({ id, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: () => "now()" });
  }

  /** A new link for the same invitation: the old token stops working because its hash is gone. */
  async renew(id: string, tokenHash: string, expiresAt: Date, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(Invitation).update({ id }, { tokenHash, expiresAt, sentAt: () => "now()" });
  }

  /**
   * Marks the invitation accepted if it is still open and unexpired, in one statement, so two browsers
   * racing with the same link cannot both create an account.
   */
  async accept(id: string, userId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Invitation)
      .set({ acceptedAt: () => "now()", acceptedUserId: userId })
      .where("id = :id AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()", { id })
      // RETURNING, not `affected`: PGlite (the embedded database) reports no affected-row count.
      .returning("id")
      .execute();
    return (result.raw as unknown[]).length === 1;
  }

  /** Runs `work` in one transaction; pass its manager to every repository call inside. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
