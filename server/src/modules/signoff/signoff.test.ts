import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NotificationRequest } from "../../events/domain-events";
import { appendParagraph, createSignoffWorld, cutVersion, OPS, ok, tacticIds, type SignoffWorld } from "../../test-support/signoff-world";

let world: SignoffWorld;
let planId: string;
let tactics: string[];
beforeAll(async () => {
  world = await createSignoffWorld();
  planId = world.plan.id;
  tactics = await tacticIds(world, planId);
  // Two tactics with council reviewers: the commenter reviews the first, the editor the second.
  await ok(world.as.owner, OPS.assign, { input: { planId, sectionId: tactics[0], userId: world.users.commenter.id } });
  await ok(world.as.owner, OPS.assign, { input: { planId, sectionId: tactics[1], userId: world.users.editor.id } });
});
afterAll(() => world.server.close());

const byEmail = (approvals: { approver: { email: string }; state: string }[]) =>
  Object.fromEntries(approvals.map((approval) => [approval.approver.email, approval.state]));
const coverageOf = async () => {
  const { reviewCoverage } = await ok(world.as.viewer, OPS.coverage, { planId });
  return Object.fromEntries(reviewCoverage.sections.map((s: { sectionId: string; state: string }) => [s.sectionId, s.state]));
};

describe("sign-off carry-over", () => {
  it("changing one section between v1 and v2 stales only the approvals and reviews covering it; the status follows", async () => {
    const notices: NotificationRequest[] = [];
    world.server.server.events.on("notification.requested", (notice) => notices.push(notice));
    const [dana, ari] = [world.users.approver, world.users.approver2];

    const v1 = await cutVersion(world.as.owner, planId, "Council review draft");
    expect(v1).toMatchObject({ number: 1, name: "Council review draft" });
    const sectionApprovers = [
      { approverId: dana.id, sectionIds: [tactics[0]] },
      { approverId: ari.id, sectionIds: [tactics[1]] },
    ];
    const submitted = await ok(world.as.owner, OPS.submit, { input: { versionId: v1.id, approverIds: [], sectionApprovers } });
    expect(submitted.requestSignoff).toMatchObject({ status: "IN_REVIEW", version: { number: 1 } });
    expect(byEmail(submitted.requestSignoff.approvals)).toEqual({ [dana.email]: "PENDING", [ari.email]: "PENDING" });

    await ok(world.as.approver, OPS.approve, { input: { versionId: v1.id } });
    expect((await ok(world.as.viewer, OPS.planSignoff, { id: planId })).plan.status).toBe("IN_REVIEW");
    await ok(world.as.approver2, OPS.approve, { input: { versionId: v1.id } });
    await ok(world.as.commenter, OPS.review, { input: { versionId: v1.id, sectionId: tactics[0], state: "REVIEWED" } });
    await ok(world.as.editor, OPS.review, { input: { versionId: v1.id, sectionId: tactics[1], state: "REVIEWED" } });
    const approved = (await ok(world.as.viewer, OPS.planSignoff, { id: planId })).plan;
    expect(approved).toMatchObject({ status: "APPROVED", signoff: { status: "APPROVED", version: { number: 1 } } });
    expect(await coverageOf()).toMatchObject({ [tactics[0]]: "REVIEWED", [tactics[1]]: "REVIEWED", [tactics[2]]: "UNASSIGNED" });

    await appendParagraph(world, planId, tactics[1], "Budget doubles in the second half.");
    const v2 = await cutVersion(world.as.owner, planId);
    const changed = v2.sections.filter((section, i) => section.hash !== v1.sections[i].hash).map((section) => section.sectionId);
    expect(changed).toEqual([tactics[1]]);
    await ok(world.as.owner, OPS.submit, { input: { versionId: v2.id, approverIds: [], sectionApprovers } });

    const afterV2 = (await ok(world.as.viewer, OPS.planSignoff, { id: planId })).plan;
    expect(afterV2).toMatchObject({ status: "IN_REVIEW", signoff: { status: "IN_REVIEW", version: { number: 2 } } });
    expect(byEmail(afterV2.signoff.approvals)).toEqual({ [dana.email]: "CURRENT", [ari.email]: "STALE" });
    expect(await coverageOf()).toMatchObject({ [tactics[0]]: "REVIEWED", [tactics[1]]: "STALE" });
    expect(notices.map(({ userId, kind, sectionIds }) => ({ userId, kind, sectionIds }))).toEqual([
      { userId: ari.id, kind: "APPROVAL_STALE", sectionIds: [tactics[1]] },
      { userId: world.users.editor.id, kind: "TACTIC_REVIEW_STALE", sectionIds: [tactics[1]] },
    ]);

    // The old version can no longer be approved; the new one can, and the plan is approved again.
    expect(await world.as.approver2.errorCode(OPS.approve, { input: { versionId: v1.id } })).toBe("CONFLICT");
    expect((await ok(world.as.approver2, OPS.approve, { input: { versionId: v2.id } })).approveVersion.status).toBe("APPROVED");
    expect((await ok(world.as.viewer, OPS.planSignoff, { id: planId })).plan.status).toBe("APPROVED");

    // A request for changes wins over approvals; approving again settles it.
    const changes = await ok(world.as.approver, OPS.requestChanges, { input: { versionId: v2.id, comment: "Name the SI partners." } });
    expect(changes.requestChanges.status).toBe("CHANGES_REQUESTED");
    expect((await ok(world.as.viewer, OPS.planSignoff, { id: planId })).plan.status).toBe("CHANGES_REQUESTED");
    expect((await ok(world.as.approver, OPS.approve, { input: { versionId: v2.id } })).approveVersion.status).toBe("APPROVED");

    // A whole-plan approval covers every section, so any change stales it.
    await ok(world.as.owner, OPS.submit, { input: { versionId: v2.id, approverIds: [dana.id] } });
    await ok(world.as.approver, OPS.approve, { input: { versionId: v2.id } });
    await appendParagraph(world, planId, tactics[2], "Add a dinner in Austin.");
    const v3 = await cutVersion(world.as.owner, planId);
    const v3Signoff = await ok(world.as.owner, OPS.submit, { input: { versionId: v3.id, approverIds: [dana.id] } });
    expect(byEmail(v3Signoff.requestSignoff.approvals)).toEqual({ [dana.email]: "STALE" });
  });
});

describe("plan status", () => {
  it("an approved plan that is archived and un-archived is approved again, not a draft", async () => {
    const planId = (await ok(world.as.owner, `mutation { createPlan(input: { title: "Archived after sign-off" }) { id } }`)).createPlan.id;
    await ok(world.as.owner, `mutation($input: AddPlanMemberInput!) { addPlanMember(input: $input) { id } }`, {
      input: { planId, email: world.users.approver.email, role: "APPROVER" },
    });
    const v = await cutVersion(world.as.owner, planId);
    await ok(world.as.owner, OPS.submit, { input: { versionId: v.id, approverIds: [world.users.approver.id] } });
    await ok(world.as.approver, OPS.approve, { input: { versionId: v.id } });
    expect((await ok(world.as.owner, `mutation($planId: ID!) { archivePlan(planId: $planId) { status } }`, { planId })).archivePlan.status).toBe("ARCHIVED");
    expect(await world.as.approver.errorCode(OPS.approve, { input: { versionId: v.id } })).toBe("FORBIDDEN");
    expect((await ok(world.as.owner, `mutation($planId: ID!) { unarchivePlan(planId: $planId) { status } }`, { planId })).unarchivePlan.status).toBe("APPROVED");
  });
});

describe("requestSignoff", () => {
  it("requires a session, the owner, and a version of a plan in the caller's organisation", async () => {
    const v = await cutVersion(world.as.owner, planId);
    const input = { versionId: v.id, approverIds: [world.users.approver.id] };
    expect(await world.as.anonymous.errorCode(OPS.submit, { input })).toBe("UNAUTHENTICATED");
    expect(await world.as.editor.errorCode(OPS.submit, { input })).toBe("FORBIDDEN");
    expect(await world.as.approver.errorCode(OPS.submit, { input })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(OPS.submit, { input })).toBe("NOT_FOUND");
    expect((await ok(world.as.owner, OPS.submit, { input })).requestSignoff.status).toBe("IN_REVIEW");
  });

  it("rejects non-approvers, duplicates, unknown sections, no approvers and an older version than the one submitted", async () => {
    const older = (await ok(world.as.owner, OPS.versions, { planId })).planVersions.at(-1).id as string;
    const v = await cutVersion(world.as.owner, planId);
    const submit = (input: Record<string, unknown>) => world.as.owner.errorCode(OPS.submit, { input: { versionId: v.id, approverIds: [], ...input } });
    expect(await submit({ approverIds: [world.users.editor.id] })).toBe("BAD_USER_INPUT");
    expect(await submit({ approverIds: [world.users.outsider.id] })).toBe("BAD_USER_INPUT");
    expect(await submit({ approverIds: [world.users.approver.id, world.users.approver.id] })).toBe("BAD_USER_INPUT");
    expect(await submit({ approverIds: ["not-a-uuid"] })).toBe("BAD_USER_INPUT");
    expect(await submit({ approverIds: [] })).toBe("BAD_USER_INPUT");
    expect(await submit({ sectionApprovers: [{ approverId: world.users.approver.id, sectionIds: ["nope"] }] })).toBe("BAD_USER_INPUT");
    expect(await world.as.owner.errorCode(OPS.submit, { input: { versionId: "x", approverIds: [world.users.approver.id] } })).toBe("BAD_USER_INPUT");
    expect(await world.as.owner.errorCode(OPS.submit, { input: { versionId: "00000000-0000-4000-8000-000000000000", approverIds: [world.users.approver.id] } })).toBe("NOT_FOUND");
    await ok(world.as.owner, OPS.submit, { input: { versionId: v.id, approverIds: [world.users.approver.id] } });
    expect(await world.as.owner.errorCode(OPS.submit, { input: { versionId: older, approverIds: [world.users.approver.id] } })).toBe("CONFLICT");
  });
});

describe("approveVersion / requestChanges", () => {
  it("requires a session and an APPROVER named on the submission; another organisation sees nothing", async () => {
    const v = await cutVersion(world.as.owner, planId);
    await ok(world.as.owner, OPS.submit, { input: { versionId: v.id, approverIds: [world.users.approver.id] } });
    const input = { versionId: v.id };
    expect(await world.as.anonymous.errorCode(OPS.approve, { input })).toBe("UNAUTHENTICATED");
    expect(await world.as.owner.errorCode(OPS.approve, { input })).toBe("FORBIDDEN");
    expect(await world.as.approver2.errorCode(OPS.approve, { input })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(OPS.approve, { input })).toBe("NOT_FOUND");
    expect(await world.as.editor.errorCode(OPS.requestChanges, { input: { ...input, comment: "no" } })).toBe("FORBIDDEN");
    expect((await ok(world.as.approver, OPS.approve, { input })).approveVersion.status).toBe("APPROVED");
  });

  it("rejects a missing or oversized comment, a malformed id, and a version that is not the submitted one", async () => {
    const v = await cutVersion(world.as.owner, planId);
    await ok(world.as.owner, OPS.submit, { input: { versionId: v.id, approverIds: [world.users.approver.id] } });
    expect(await world.as.approver.errorCode(OPS.requestChanges, { input: { versionId: v.id, comment: "   " } })).toBe("BAD_USER_INPUT");
    expect(await world.as.approver.errorCode(OPS.requestChanges, { input: { versionId: v.id, comment: "x".repeat(2001) } })).toBe("BAD_USER_INPUT");
    expect(await world.as.approver.errorCode(OPS.approve, { input: { versionId: "42" } })).toBe("BAD_USER_INPUT");
    const newer = await cutVersion(world.as.owner, planId);
    expect(await world.as.approver.errorCode(OPS.approve, { input: { versionId: newer.id } })).toBe("CONFLICT");
  });
});

describe("reviewTactic / reviewCoverage", () => {
  it("only the tactic's assigned reviewer may review; coverage is for members only", async () => {
    const v = await cutVersion(world.as.owner, planId);
    const input = { versionId: v.id, sectionId: tactics[0], state: "REVIEWED" };
    expect(await world.as.anonymous.errorCode(OPS.review, { input })).toBe("UNAUTHENTICATED");
    expect(await world.as.editor.errorCode(OPS.review, { input })).toBe("FORBIDDEN");
    expect(await world.as.viewer.errorCode(OPS.review, { input })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(OPS.review, { input })).toBe("NOT_FOUND");
    const review = (await ok(world.as.commenter, OPS.review, { input })).reviewTactic;
    expect(review).toMatchObject({ state: "REVIEWED", sectionHash: v.sections.find((s) => s.sectionId === tactics[0])!.hash });
    expect(await world.as.anonymous.errorCode(OPS.coverage, { planId })).toBe("UNAUTHENTICATED");
    expect(await world.as.outsider.errorCode(OPS.coverage, { planId })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(OPS.coverage, { planId })).toBe("NOT_FOUND");
  });

  it("rejects changes-needed without a comment, unknown sections and bad states", async () => {
    const v = await cutVersion(world.as.owner, planId);
    const base = { versionId: v.id, sectionId: tactics[0] };
    expect(await world.as.commenter.errorCode(OPS.review, { input: { ...base, state: "CHANGES_NEEDED" } })).toBe("BAD_USER_INPUT");
    expect(await world.as.commenter.errorCode(OPS.review, { input: { ...base, state: "LOOKS_FINE" } })).toBe("BAD_USER_INPUT");
    expect(await world.as.commenter.errorCode(OPS.review, { input: { ...base, sectionId: "missing", state: "REVIEWED" } })).toBe("NOT_FOUND");
    expect(await world.as.owner.errorCode(OPS.coverage, { planId: "nope" })).toBe("NOT_FOUND");
    const changes = await ok(world.as.commenter, OPS.review, { input: { ...base, state: "CHANGES_NEEDED", comment: "Name the partners." } });
    expect(changes.reviewTactic.state).toBe("CHANGES_NEEDED");
  });
});
