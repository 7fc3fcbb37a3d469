import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_TEMPLATE, SectionKind } from "@planbridge/plan-schema";
import { addMember, createPlan, createUser } from "../../test-support/fixtures";
import { createGraphQLWorld, type GraphQLWorld } from "../../test-support/graphql-world";
import { PlanRole } from "../../policies/plan-role";

let world: GraphQLWorld;
beforeAll(async () => {
  world = await createGraphQLWorld();
});
afterAll(() => world.server.close());

const PLAN = `query($id: ID!) { plan(id: $id) { id title status myRole owner { id } sections { id kind title reviewer { id } } members { id role user { id } } } }`;
const PLANS = `query($filter: PlanFilterInput) { plans(filter: $filter) { id title status myRole } }`;
const CREATE = `mutation($input: CreatePlanInput!) { createPlan(input: $input) { id title status myRole sections { kind title } } }`;
const RENAME = `mutation($input: RenamePlanInput!) { renamePlan(input: $input) { id title } }`;
const ARCHIVE = `mutation($planId: ID!) { archivePlan(planId: $planId) { id status } }`;
const UNARCHIVE = `mutation($planId: ID!) { unarchivePlan(planId: $planId) { id status } }`;
const ASSIGN = `mutation($input: AssignSectionReviewerInput!) { assignSectionReviewer(input: $input) { id reviewer { id name } } }`;

describe("plan(id)", () => {
  it("returns the plan with my role, its template sections and members", async () => {
    const { data, errors } = await world.as.commenter.request(PLAN, { id: world.plan.id });
    expect(errors).toBeUndefined();
    expect(data?.plan).toMatchObject({ id: world.plan.id, title: "FY27 plan", status: "DRAFT", myRole: "COMMENTER" });
    expect(data?.plan.sections.map((s: { title: string }) => s.title)).toEqual(DEFAULT_TEMPLATE.sections.map((s) => s.title));
    expect(data?.plan.members).toHaveLength(3);
  });

  it("requires a session", async () => {
    expect(await world.as.anonymous.errorCode(PLAN, { id: world.plan.id })).toBe("UNAUTHENTICATED");
  });

  it("is forbidden to a colleague who is not a member, and not found from another organisation", async () => {
    expect(await world.as.outsider.errorCode(PLAN, { id: world.plan.id })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(PLAN, { id: world.plan.id })).toBe("NOT_FOUND");
  });

  it("answers NOT_FOUND for an unknown or malformed id", async () => {
    expect(await world.as.owner.errorCode(PLAN, { id: "00000000-0000-4000-8000-000000000000" })).toBe("NOT_FOUND");
    expect(await world.as.owner.errorCode(PLAN, { id: "'; DROP TABLE plans; --" })).toBe("NOT_FOUND");
  });
});

describe("plans", () => {
  it("lists only plans I am a member of, with my role", async () => {
    const mine = await world.as.editor.request(PLANS);
    expect(mine.data?.plans).toEqual([{ id: world.plan.id, title: "FY27 plan", status: "DRAFT", myRole: "EDITOR" }]);
    expect((await world.as.outsider.request(PLANS)).data?.plans).toEqual([]);
    expect((await world.as.foreigner.request(PLANS)).data?.plans).toEqual([]);
  });

  it("filters by ownership and status", async () => {
    expect((await world.as.editor.request(PLANS, { filter: { mine: true } })).data?.plans).toEqual([]);
    expect((await world.as.owner.request(PLANS, { filter: { mine: true } })).data?.plans).toHaveLength(1);
    expect((await world.as.owner.request(PLANS, { filter: { status: "APPROVED" } })).data?.plans).toEqual([]);
  });

  it("requires a session and rejects an unknown status", async () => {
    expect(await world.as.anonymous.errorCode(PLANS)).toBe("UNAUTHENTICATED");
    expect(await world.as.owner.errorCode(PLANS, { filter: { status: "LOST" } })).toBe("BAD_USER_INPUT");
  });
});

describe("createPlan", () => {
  it("creates a plan from the default template with me as owner", async () => {
    const { data, errors } = await world.as.outsider.request(CREATE, { input: { title: "  EMEA launch plan " } });
    expect(errors).toBeUndefined();
    expect(data?.createPlan).toMatchObject({ title: "EMEA launch plan", status: "DRAFT", myRole: "OWNER" });
    expect(data?.createPlan.sections).toEqual(DEFAULT_TEMPLATE.sections.map(({ kind, title }) => ({ kind, title })));
  });

  it("requires a session", async () => {
    expect(await world.as.anonymous.errorCode(CREATE, { input: { title: "x" } })).toBe("UNAUTHENTICATED");
  });

  it("rejects an empty or oversized title", async () => {
    expect(await world.as.owner.errorCode(CREATE, { input: { title: "" } })).toBe("BAD_USER_INPUT");
    expect(await world.as.owner.errorCode(CREATE, { input: { title: "x".repeat(201) } })).toBe("BAD_USER_INPUT");
    expect(await world.as.owner.errorCode(CREATE, { input: { title: "   " } })).toBe("BAD_USER_INPUT");
  });
});

describe("renamePlan", () => {
  it("lets the owner rename", async () => {
    const { data } = await world.as.owner.request(RENAME, { input: { planId: world.plan.id, title: "FY27 plan v2" } });
    expect(data?.renamePlan.title).toBe("FY27 plan v2");
    await world.as.owner.request(RENAME, { input: { planId: world.plan.id, title: "FY27 plan" } });
  });

  it("is refused to anonymous users, editors and other organisations; bad input is rejected", async () => {
    const input = { planId: world.plan.id, title: "Hijacked" };
    expect(await world.as.anonymous.errorCode(RENAME, { input })).toBe("UNAUTHENTICATED");
    expect(await world.as.editor.errorCode(RENAME, { input })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(RENAME, { input })).toBe("NOT_FOUND");
    expect(await world.as.owner.errorCode(RENAME, { input: { planId: "nope", title: "x" } })).toBe("BAD_USER_INPUT");
  });

  it("says which field is wrong and why, in words a person can act on (not 'Argument Validation Error')", async () => {
    const tooLong = await world.as.owner.request(RENAME, { input: { planId: world.plan.id, title: "x".repeat(201) } });
    expect(tooLong.errors?.[0]).toMatchObject({
      message: "A plan title needs 1 to 200 characters.",
      extensions: { code: "BAD_USER_INPUT", field: "title", fields: [{ field: "title", message: "A plan title needs 1 to 200 characters." }] },
    });
    const badId = await world.as.owner.request(RENAME, { input: { planId: "nope", title: "x" } });
    expect(badId.errors?.[0].message).toBe("Plan id must be a UUID.");
    expect(badId.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "planId" });
  });
});

describe("archivePlan / unarchivePlan", () => {
  it("archives and restores; an archived plan leaves the default list", async () => {
    const created = await world.as.owner.request(CREATE, { input: { title: "Short-lived" } });
    const planId = created.data?.createPlan.id;
    expect((await world.as.owner.request(ARCHIVE, { planId })).data?.archivePlan.status).toBe("ARCHIVED");
    const titles = (await world.as.owner.request(PLANS)).data?.plans.map((p: { title: string }) => p.title);
    expect(titles).not.toContain("Short-lived");
    const archived = (await world.as.owner.request(PLANS, { filter: { status: "ARCHIVED" } })).data?.plans;
    expect(archived.map((p: { id: string }) => p.id)).toEqual([planId]);
    expect(await world.as.owner.errorCode(RENAME, { input: { planId, title: "Frozen" } })).toBe("FORBIDDEN");
    expect((await world.as.owner.request(UNARCHIVE, { planId })).data?.unarchivePlan.status).toBe("DRAFT");
  });

  it("is refused to anonymous users, editors and other organisations; a malformed id is not found", async () => {
    expect(await world.as.anonymous.errorCode(ARCHIVE, { planId: world.plan.id })).toBe("UNAUTHENTICATED");
    expect(await world.as.editor.errorCode(ARCHIVE, { planId: world.plan.id })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(ARCHIVE, { planId: world.plan.id })).toBe("NOT_FOUND");
    expect(await world.as.owner.errorCode(ARCHIVE, { planId: "42" })).toBe("NOT_FOUND");
  });
});

describe("assignSectionReviewer", () => {
  const tacticId = async () => {
    const { data } = await world.as.owner.request(PLAN, { id: world.plan.id });
    return data?.plan.sections.find((s: { kind: string }) => s.kind === "tactic").id as string;
  };

  it("lets the owner name a plan member as a tactic's reviewer, stored in the shared document", async () => {
    const sectionId = await tacticId();
    const input = { planId: world.plan.id, sectionId, userId: world.users.commenter.id };
    const { data, errors } = await world.as.owner.request(ASSIGN, { input });
    expect(errors).toBeUndefined();
    expect(data?.assignSectionReviewer).toEqual({ id: sectionId, reviewer: { id: world.users.commenter.id, name: "Cora Commenter" } });
    const stored = await world.server.server.documents.readPlan(world.plan.id);
    expect(stored.sections.find((s) => s.id === sectionId)?.reviewerId).toBe(world.users.commenter.id);
    const cleared = await world.as.owner.request(ASSIGN, { input: { ...input, userId: null } });
    expect(cleared.data?.assignSectionReviewer.reviewer).toBeNull();
  });

  it("is refused to anonymous users, editors and other organisations", async () => {
    const input = { planId: world.plan.id, sectionId: await tacticId(), userId: world.users.editor.id };
    expect(await world.as.anonymous.errorCode(ASSIGN, { input })).toBe("UNAUTHENTICATED");
    expect(await world.as.editor.errorCode(ASSIGN, { input })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(ASSIGN, { input })).toBe("NOT_FOUND");
  });

  it("rejects a reviewer who is not a member, an unknown section and a malformed user id", async () => {
    const sectionId = await tacticId();
    const base = { planId: world.plan.id, sectionId };
    expect(await world.as.owner.errorCode(ASSIGN, { input: { ...base, userId: world.users.outsider.id } })).toBe("BAD_USER_INPUT");
    expect(await world.as.owner.errorCode(ASSIGN, { input: { ...base, sectionId: "missing", userId: null } })).toBe("NOT_FOUND");
    expect(await world.as.owner.errorCode(ASSIGN, { input: { ...base, userId: "robert'); --" } })).toBe("BAD_USER_INPUT");
  });

  it("refuses the owner, an approver and a viewer as reviewers: only council members (editors, commenters) review tactics", async () => {
    const { dataSource } = world.server.db;
    const plan = await createPlan(dataSource, world.server.server.documents, { owner: world.users.owner, title: "Reviewer roles" });
    const sectionId = (await world.server.server.documents.readPlan(plan.id)).sections.find((s) => s.kind === SectionKind.TACTIC)!.id;
    const approver = await createUser(dataSource, { organizationId: world.users.owner.organizationId, name: "Ada Approver" });
    const viewer = await createUser(dataSource, { organizationId: world.users.owner.organizationId, name: "Vic Viewer" });
    await addMember(dataSource, plan.id, approver.id, PlanRole.APPROVER);
    await addMember(dataSource, plan.id, viewer.id, PlanRole.VIEWER);
    await addMember(dataSource, plan.id, world.users.editor.id, PlanRole.EDITOR);
    for (const userId of [world.users.owner.id, approver.id, viewer.id]) {
      const { errors } = await world.as.owner.request(ASSIGN, { input: { planId: plan.id, sectionId, userId } });
      expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(errors?.[0]?.message).toMatch(/council member/);
    }
    expect((await world.server.server.documents.readPlan(plan.id)).sections.find((s) => s.id === sectionId)?.reviewerId ?? null).toBeNull();
    const { data, errors } = await world.as.owner.request(ASSIGN, { input: { planId: plan.id, sectionId, userId: world.users.editor.id } });
    expect(errors).toBeUndefined();
    expect(data?.assignSectionReviewer.reviewer).toEqual({ id: world.users.editor.id, name: "Eddie Editor" });
  });
});
