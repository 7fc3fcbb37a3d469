import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../db/test-database";
import { PlanRole } from "../../policies/plan-role";
import { createOrganization, createUser } from "../../test-support/fixtures";
import { hashSecretToken as hashToken } from "../../crypto/secret-token";
import { SessionService } from "../auth/session.service";
import { PlanAccessRepository } from "./plan-access.repository";
import { PlanMember } from "./plan-member.entity";
import { PlanStatus } from "./plan-status";
import { Plan } from "./plan.entity";

let db: TestDatabase;
let repository: PlanAccessRepository;
let sessions: SessionService;

beforeAll(async () => {
  db = await createTestDatabase();
  repository = new PlanAccessRepository(db.dataSource);
  sessions = new SessionService(db.dataSource);
});
afterAll(async () => {
  await db?.destroy();
});

async function world() {
  const organizationId = (await createOrganization(db.dataSource)).id;
  const owner = await createUser(db.dataSource, { organizationId, name: "Owner" });
  const outsider = await createUser(db.dataSource, { organizationId });
  const plan = await db.dataSource.getRepository(Plan).save({ organizationId, ownerId: owner.id, title: "Access", status: PlanStatus.DRAFT });
  await db.dataSource.getRepository(PlanMember).save({ planId: plan.id, userId: owner.id, role: PlanRole.OWNER });
  const tokenOf = async (userId: string) => hashToken((await sessions.createSession(userId)).token);
  return { organizationId, owner, outsider, plan, tokenOf };
}

describe("PlanAccessRepository.findSessionPlanAccess", () => {
  it("reads the session's user, the plan and the membership in one answer", async () => {
    const { organizationId, owner, outsider, plan, tokenOf } = await world();
    const found = await repository.findSessionPlanAccess(await tokenOf(owner.id), plan.id);
    expect(found).toMatchObject({
      user: { id: owner.id, organizationId, name: "Owner", color: owner.color, isAdmin: false, isActive: true },
      plan: { id: plan.id, organizationId, status: PlanStatus.DRAFT, role: PlanRole.OWNER },
    });
    expect(found?.sessionId).toEqual(expect.any(String));
    const nonMember = await repository.findSessionPlanAccess(await tokenOf(outsider.id), plan.id);
    expect(nonMember?.plan).toMatchObject({ id: plan.id, role: null });
  });

  it("answers no plan for an unknown or malformed id, and no session for a bad token, an expired session or an inactive user", async () => {
    const { owner, plan, tokenOf } = await world();
    const token = await tokenOf(owner.id);
    expect((await repository.findSessionPlanAccess(token, "6d3f1c2a-0000-4000-8000-000000000000"))?.plan).toBeNull();
    expect((await repository.findSessionPlanAccess(token, "not-a-uuid"))?.plan).toBeNull();
    expect(await repository.findSessionPlanAccess(hashToken("forged"), plan.id)).toBeNull();
    const expired = await tokenOf(owner.id);
    await db.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE token_hash = $1`, [expired]);
    expect(await repository.findSessionPlanAccess(expired, plan.id)).toBeNull();
    await db.dataSource.query(`UPDATE users SET is_active = false WHERE id = $1`, [owner.id]);
    expect(await repository.findSessionPlanAccess(token, plan.id)).toBeNull();
  });
});
