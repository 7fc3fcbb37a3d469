/**
 * The plan page's hand-written reads must give exactly the entities TypeORM's own hydration gives
 * (same class, same properties and values, nulls included), and refuse entities they cannot copy.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { In } from "typeorm";
import { PlanRole } from "./policies/plan-role";
import { createOrganization, createUser } from "./test-support/fixtures";
import { CampaignGoal } from "./modules/campaigns/campaign-goal.entity";
import { CommentThread } from "./modules/comments/comment-thread.entity";
import { Comment } from "./modules/comments/comment.entity";
import { CommentsRepository } from "./modules/comments/comments.repository";
import { PlanMember } from "./modules/plans/plan-member.entity";
import { PlanMemberRepository } from "./modules/plans/plan-member.repository";
import { PlanStatus } from "./modules/plans/plan-status";
import { Plan } from "./modules/plans/plan.entity";
import { PlanRepository } from "./modules/plans/plan.repository";
import { User } from "./modules/users/user.entity";
import { UserRepository } from "./modules/users/user.repository";
import { entityRows } from "./entity-rows";
import { createTestDatabase, type TestDatabase } from "./db/test-database";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.destroy();
});

async function world() {
  const { dataSource } = db;
  const organizationId = (await createOrganization(dataSource)).id;
  const owner = await createUser(dataSource, { organizationId, name: "Owner" });
  const viewer = await createUser(dataSource, { organizationId, name: "Viewer" });
  const plan = await dataSource.getRepository(Plan).save({ organizationId, ownerId: owner.id, title: "Rows", status: PlanStatus.DRAFT });
  await dataSource.getRepository(PlanMember).save({ planId: plan.id, userId: owner.id, role: PlanRole.OWNER });
  await dataSource.getRepository(PlanMember).save({ planId: plan.id, userId: viewer.id, role: PlanRole.VIEWER });
  const threads = dataSource.getRepository(CommentThread);
  const anchored = await threads.save({ planId: plan.id, authorId: owner.id, sectionId: "s1", anchorStart: "AA==", anchorEnd: "AQ==", quote: "pipeline" });
  const general = await threads.save({ planId: plan.id, authorId: viewer.id });
  const comments = dataSource.getRepository(Comment);
  await comments.save({ threadId: anchored.id, authorId: owner.id, body: "First" });
  await comments.save({ threadId: anchored.id, authorId: viewer.id, body: "", deletedAt: new Date() });
  await comments.save({ threadId: general.id, authorId: viewer.id, body: "About the plan" });
  return { owner, viewer, plan, threadIds: [anchored.id, general.id] };
}

describe("entityRows", () => {
  it("reads users, members, threads, comments and plan access as TypeORM hydrates them", async () => {
    const { dataSource } = db;
    const { owner, viewer, plan, threadIds } = await world();
    const plans = new PlanRepository(dataSource);
    const comments = new CommentsRepository(dataSource, plans);

    const users = await new UserRepository(dataSource).findByIds([owner.id, viewer.id]);
    expect(sortById(users)).toStrictEqual(sortById(await dataSource.getRepository(User).findBy({ id: In([owner.id, viewer.id]) })));
    expect(users[0]).toBeInstanceOf(User);

    expect(await new PlanMemberRepository(dataSource).findOfPlans([plan.id])).toStrictEqual(
      await dataSource.getRepository(PlanMember).find({ where: { planId: plan.id }, order: { createdAt: "ASC" } }),
    );
    expect(await comments.threadsOfPlans([plan.id])).toStrictEqual(
      await dataSource.getRepository(CommentThread).find({ where: { planId: plan.id }, order: { createdAt: "ASC", id: "ASC" } }),
    );
    const commentRows = await comments.commentsOfThreads(threadIds);
    expect(commentRows).toHaveLength(3);
    expect(commentRows).toStrictEqual(
      await dataSource.getRepository(Comment).find({ where: threadIds.map((threadId) => ({ threadId })), order: { createdAt: "ASC", id: "ASC" } }),
    );
    expect(commentRows.map((comment) => comment.isDeleted)).toEqual([false, true, false]);

    const access = await plans.findAccess(plan.id, viewer.id);
    expect(access?.plan).toStrictEqual(await dataSource.getRepository(Plan).findOneBy({ id: plan.id }));
    expect(access?.role).toBe(PlanRole.VIEWER);
    expect((await plans.findAccess(plan.id, (await createUser(dataSource, { organizationId: plan.organizationId })).id))?.role).toBeNull();
    expect(await plans.findAccess("not-a-uuid", viewer.id)).toBeNull();
  });

  it("refuses an entity whose columns need TypeORM's own hydration (a numeric read through a transformer)", () => {
    const rows = entityRows(db.dataSource, CampaignGoal);
    expect(() => rows.select("g")).toThrow(/CampaignGoal\.\w+ needs TypeORM's own hydration/);
  });
});

function sortById<T extends { id: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.id.localeCompare(b.id));
}
