import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPlan } from "../../test-support/fixtures";
import { LEAD_OPS, rubricInput } from "../../test-support/alignment-world";
import { createSignoffWorld, ok, type SignoffWorld } from "../../test-support/signoff-world";

const CREATE = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id criterionId sectionId quote author { email } comments { body } } }`;
const THREADS = `query($id: ID!, $filter: ThreadFilterInput) { plan(id: $id) { threads(filter: $filter) { id criterionId status comments { body } } } }`;
const REPLY = `mutation($input: ReplyToThreadInput!) { replyToThread(input: $input) { id } }`;
const RESOLVE = `mutation($id: ID!) { resolveThread(id: $id) { id status } }`;

let world: SignoffWorld;
let planId: string;
let criteria: { id: string; label: string }[];
let otherPlanCriterionId: string;
beforeAll(async () => {
  world = await createSignoffWorld();
  planId = world.plan.id;
  criteria = (await ok(world.as.owner, LEAD_OPS.save, { input: rubricInput(planId) })).saveLeadDefinition.criteria;
  const other = await createPlan(world.server.db.dataSource, world.server.server.documents, { owner: world.users.owner, title: "Other plan" });
  otherPlanCriterionId = (await ok(world.as.owner, LEAD_OPS.save, { input: rubricInput(other.id) })).saveLeadDefinition.criteria[0].id;
});
afterAll(() => world.server.close());

describe("comments on a lead-definition criterion", () => {
  it("a field rep (commenter) comments on a criterion; members see it per criterion, reply and resolve it", async () => {
    const [first, second] = criteria;
    const thread = (await ok(world.as.commenter, CREATE, { input: { planId, criterionId: first.id, body: "Logistics should include warehousing" } })).createThread;
    expect(thread).toMatchObject({ criterionId: first.id, sectionId: null, quote: null, author: { email: world.users.commenter.email } });

    const forFirst = (await ok(world.as.viewer, THREADS, { id: planId, filter: { criterionId: first.id } })).plan.threads;
    expect(forFirst).toEqual([{ id: thread.id, criterionId: first.id, status: "OPEN", comments: [{ body: "Logistics should include warehousing" }] }]);
    expect((await ok(world.as.viewer, THREADS, { id: planId, filter: { criterionId: second.id } })).plan.threads).toEqual([]);

    await ok(world.as.editor, REPLY, { input: { threadId: thread.id, body: "Agreed, will add it" } });
    expect((await ok(world.as.editor, RESOLVE, { id: thread.id })).resolveThread.status).toBe("RESOLVED");
  });

  it("is forbidden to a viewer and to a colleague who is not a member; NOT_FOUND from another organisation", async () => {
    const input = { planId, criterionId: criteria[0].id, body: "Hi" };
    expect(await world.as.viewer.errorCode(CREATE, { input })).toBe("FORBIDDEN");
    expect(await world.as.outsider.errorCode(CREATE, { input })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(CREATE, { input })).toBe("NOT_FOUND");
    expect(await world.as.anonymous.errorCode(CREATE, { input })).toBe("UNAUTHENTICATED");
  });

  it("rejects a criterion of another plan, a malformed id, and a criterion thread with an anchor or a suggestion", async () => {
    const other = await world.as.commenter.request(CREATE, { input: { planId, criterionId: otherPlanCriterionId, body: "Hi" } });
    expect(other.errors?.[0]).toMatchObject({ message: "This criterion is not part of the plan's lead definition.", extensions: { code: "BAD_USER_INPUT" } });
    expect(await world.as.commenter.errorCode(CREATE, { input: { planId, criterionId: "not-a-uuid", body: "Hi" } })).toBe("BAD_USER_INPUT");
    const suggestion = await world.as.commenter.request(CREATE, { input: { planId, criterionId: criteria[0].id, body: "Hi", suggestion: "x" } });
    expect(suggestion.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("keeps the conversation when the criterion is removed from the rubric (criterionId goes back to null)", async () => {
    const removed = criteria[criteria.length - 1];
    const thread = (await ok(world.as.commenter, CREATE, { input: { planId, criterionId: removed.id, body: "Drop this one?" } })).createThread;
    const { plan } = await ok(world.as.owner, LEAD_OPS.definition, { id: planId });
    const kept = plan.leadDefinition.criteria
      .filter((criterion: { id: string }) => criterion.id !== removed.id)
      .map(({ id, kind, label, attribute, operator, values, points }: Record<string, unknown>) => ({ id, kind, label, attribute, operator, values, points }));
    await ok(world.as.owner, LEAD_OPS.save, { input: rubricInput(planId, kept) });
    const threads = (await ok(world.as.owner, THREADS, { id: planId })).plan.threads;
    expect(threads.find((row: { id: string }) => row.id === thread.id)).toMatchObject({ criterionId: null, comments: [{ body: "Drop this one?" }] });
  });
});
