import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PlanRole } from "../../policies/plan-role";
import { addMember, createUser } from "../../test-support/fixtures";
import type { GraphQLTestClient } from "../../test-support/graphql-client";
import { LEAD_OPS, rubricInput } from "../../test-support/alignment-world";
import { createSignoffWorld, ok, type SignoffWorld } from "../../test-support/signoff-world";
import type { User } from "../users/user.entity";

const hotLead = { industry: "Logistics", employees: 450, role: "VP", demoRequested: "yes" };

let world: SignoffWorld;
let planId: string;
let rep2: User;
let rep2Client: GraphQLTestClient;
beforeAll(async () => {
  world = await createSignoffWorld();
  planId = world.plan.id;
  rep2 = await createUser(world.server.db.dataSource, { organizationId: world.users.owner.organizationId, name: "Rex Rep" });
  await addMember(world.server.db.dataSource, planId, rep2.id, PlanRole.COMMENTER);
  rep2Client = await world.clientFor(rep2);
});
afterAll(() => world.server.close());

const grade = async (client: GraphQLTestClient, attributes: unknown) => (await ok(client, LEAD_OPS.grade, { input: { planId, attributes } })).gradeLead;
const acknowledgements = async () => {
  const { plan } = await ok(world.as.owner, LEAD_OPS.definition, { id: planId });
  return Object.fromEntries(plan.leadDefinition.fieldAcknowledgements.map((row: { user: { email: string }; isCurrent: boolean }) => [row.user.email, row.isCurrent]));
};

describe("lead definition", () => {
  it("grades against the current rubric at each threshold and reports missing attributes", async () => {
    await ok(world.as.editor, LEAD_OPS.save, { input: rubricInput(planId) });
    expect(await grade(world.as.viewer, hotLead)).toMatchObject({ score: 100, grade: "A" });
    expect(await grade(world.as.viewer, { industry: "Logistics", employees: 450, role: "VP" })).toMatchObject({ score: 70, grade: "B" });
    expect(await grade(world.as.viewer, { industry: "Logistics", employees: 450 })).toMatchObject({ score: 50, grade: "B" });
    expect(await grade(world.as.viewer, { industry: "Logistics", employees: 199 })).toMatchObject({ score: 30, grade: "C" });
    expect(await grade(world.as.viewer, { role: "Director" })).toMatchObject({ score: 20, grade: "C" });
    const none = await grade(world.as.commenter, { role: "Intern" });
    expect(none).toEqual({ score: 0, grade: "NOT_A_LEAD", firedCriteria: [], missingAttributes: ["industry", "employees", "demoRequested"] });
    expect((await ok(world.as.approver, LEAD_OPS.gradeMutation, { input: { planId, attributes: hotLead } })).gradeLead).toEqual({ score: 100, grade: "A" });
  });

  it("publish notifies the field; two reps acknowledge; a changed criterion stales both until they acknowledge the republished rubric", async () => {
    const published = (await ok(world.as.owner, LEAD_OPS.publish, { planId })).publishLeadDefinition;
    expect(published).toMatchObject({ status: "PUBLISHED", publishedRevision: published.revision });
    const notices = await ok(rep2Client, `{ notifications { kind thread { id } actor { email } planId } }`);
    expect(notices.notifications).toContainEqual({ kind: "LEAD_DEFINITION_PUBLISHED", thread: null, actor: { email: world.users.owner.email }, planId });
    expect(await acknowledgements()).toEqual({ [world.users.commenter.email]: false, [rep2.email]: false });

    await ok(world.as.commenter, LEAD_OPS.acknowledge, { planId });
    await ok(rep2Client, LEAD_OPS.acknowledge, { planId });
    expect(await acknowledgements()).toEqual({ [world.users.commenter.email]: true, [rep2.email]: true });
    expect(await world.server.server.services.leads.unacknowledged(planId)).toEqual([]);

    const { plan } = await ok(world.as.owner, LEAD_OPS.definition, { id: planId });
    const changed = plan.leadDefinition.criteria.map(({ id, kind, label, attribute, operator, values, points }: Record<string, unknown>) =>
      ({ id, kind, label, attribute, operator, values, points: label === "200+ employees" ? 25 : points }));
    const saved = (await ok(world.as.editor, LEAD_OPS.save, { input: rubricInput(planId, changed) })).saveLeadDefinition;
    expect(saved).toMatchObject({ status: "CHANGED", revision: published.revision + 1 });
    expect(await acknowledgements()).toEqual({ [world.users.commenter.email]: false, [rep2.email]: false });
    expect((await world.server.server.services.leads.unacknowledged(planId)).sort()).toEqual([world.users.commenter.id, rep2.id].sort());
    expect(await world.as.commenter.errorCode(LEAD_OPS.acknowledge, { planId })).toBe("CONFLICT");

    await ok(world.as.owner, LEAD_OPS.publish, { planId });
    await ok(world.as.commenter, LEAD_OPS.acknowledge, { planId });
    expect(await acknowledgements()).toEqual({ [world.users.commenter.email]: true, [rep2.email]: false });
    await ok(rep2Client, LEAD_OPS.acknowledge, { planId });
    expect(await acknowledgements()).toEqual({ [world.users.commenter.email]: true, [rep2.email]: true });
  });

  it("a sales director co-signs the published revision; a later change un-signs it", async () => {
    const cosigned = (await ok(world.as.approver, LEAD_OPS.cosign, { planId })).cosignLeadDefinition;
    expect(cosigned).toMatchObject({ isCosigned: true, cosignedBy: { email: world.users.approver.email } });
    const { plan } = await ok(world.as.owner, LEAD_OPS.definition, { id: planId });
    const withoutDemo = plan.leadDefinition.criteria
      .filter((criterion: { label: string }) => criterion.label !== "Requested a demo")
      .map(({ id, kind, label, attribute, operator, values, points }: Record<string, unknown>) => ({ id, kind, label, attribute, operator, values, points }));
    await ok(world.as.owner, LEAD_OPS.save, { input: rubricInput(planId, withoutDemo) });
    const after = (await ok(world.as.owner, LEAD_OPS.definition, { id: planId })).plan.leadDefinition;
    expect(after).toMatchObject({ status: "CHANGED", isCosigned: false });
    expect(await world.as.approver.errorCode(LEAD_OPS.cosign, { planId })).toBe("CONFLICT");
  });

  it("a criterion removed after publishing no longer counts: the same lead grades lower", async () => {
    // The previous test removed "Requested a demo" (+30) after publishing.
    const graded = await grade(world.as.commenter, hotLead);
    expect(graded).toMatchObject({ score: 75, grade: "B", missingAttributes: [] });
    expect(graded.firedCriteria.map((criterion: { label: string }) => criterion.label)).toEqual(["Target industry", "200+ employees", "Decision maker"]);
  });

  it("saving the same rubric again changes nothing (no new revision, no stale acknowledgements)", async () => {
    const { plan } = await ok(world.as.owner, LEAD_OPS.definition, { id: planId });
    const same = plan.leadDefinition.criteria.map(({ id, kind, label, attribute, operator, values, points }: Record<string, unknown>) => ({ id, kind, label, attribute, operator, values, points }));
    const saved = (await ok(world.as.owner, LEAD_OPS.save, { input: rubricInput(planId, same) })).saveLeadDefinition;
    expect(saved.revision).toBe(plan.leadDefinition.revision);
  });
});

describe("lead definition: who may, and bad input", () => {
  const input = () => rubricInput(planId);
  it("signed out, outsiders and other organisations are refused", async () => {
    expect(await world.as.anonymous.errorCode(LEAD_OPS.save, { input: input() })).toBe("UNAUTHENTICATED");
    expect(await world.as.outsider.errorCode(LEAD_OPS.grade, { input: { planId, attributes: {} } })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(LEAD_OPS.save, { input: input() })).toBe("NOT_FOUND");
  });

  it("only marketing drafts and publishes, only approvers co-sign, only the field acknowledges", async () => {
    expect(await world.as.commenter.errorCode(LEAD_OPS.save, { input: input() })).toBe("FORBIDDEN");
    expect(await world.as.approver.errorCode(LEAD_OPS.publish, { planId })).toBe("FORBIDDEN");
    expect(await world.as.editor.errorCode(LEAD_OPS.cosign, { planId })).toBe("FORBIDDEN");
    expect(await world.as.owner.errorCode(LEAD_OPS.acknowledge, { planId })).toBe("FORBIDDEN");
    expect(await world.as.viewer.errorCode(LEAD_OPS.acknowledge, { planId })).toBe("FORBIDDEN");
  });

  it.each([
    ["thresholds out of order", { thresholdB: 90 }, "Grade thresholds must fall from A to C"],
    ["a negative threshold", { thresholdC: -1 }, "Threshold c must be at least 0"],
    ["a label too long", { criteria: [{ kind: "FIT", label: "x".repeat(201), attribute: "a", operator: "IS_TRUE", values: [], points: 1 }] }, "Label must be 1 to 200"],
    ["a number criterion without a number", { criteria: [{ kind: "FIT", label: "Size", attribute: "employees", operator: "AT_LEAST", values: ["lots"], points: 1 }] }, "needs exactly one number"],
    ["a match without values", { criteria: [{ kind: "FIT", label: "Industry", attribute: "industry", operator: "EQUALS_ANY", values: [" "], points: 1 }] }, "needs at least one value"],
    ["an action with values", { criteria: [{ kind: "ENGAGEMENT", label: "Demo", attribute: "demo", operator: "IS_TRUE", values: ["x"], points: 1 }] }, "takes no values"],
    ["points out of range", { criteria: [{ kind: "FIT", label: "Big", attribute: "a", operator: "IS_TRUE", values: [], points: 5000 }] }, "Points must be at most 1000"],
    ["an unknown criterion id", { criteria: [{ id: "00000000-0000-4000-8000-000000000000", kind: "FIT", label: "X", attribute: "a", operator: "IS_TRUE", values: [], points: 1 }] }, "is not part of this plan"],
  ])("refuses %s with BAD_USER_INPUT", async (_case, change, message) => {
    const response = await world.as.owner.request(LEAD_OPS.save, { input: { ...input(), ...change } });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(response.errors)).toContain(message);
  });

  it("grading needs an object of plain attributes", async () => {
    for (const attributes of [[1, 2], "industry", { industry: { nested: true } }]) {
      const response = await world.as.owner.request(LEAD_OPS.grade, { input: { planId, attributes } });
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("publishing an empty rubric is refused", async () => {
    const fresh = await world.server.server.services.plans.create(world.users.owner, "Empty rubric plan");
    const response = await world.as.owner.request(LEAD_OPS.publish, { planId: fresh.id });
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: "Add at least one criterion before publishing the lead definition." });
  });
});
