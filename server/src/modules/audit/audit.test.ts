import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entryHash } from "./audit-chain";
import { AuditEntry } from "./audit-entry.entity";
import { createSignoffWorld, cutVersion, OPS, ok, type SignoffWorld } from "../../test-support/signoff-world";

let world: SignoffWorld;
let planId: string;
beforeAll(async () => {
  world = await createSignoffWorld();
  planId = world.plan.id;
});
afterAll(() => world.server.close());

const sql = (query: string, params: unknown[] = []) => world.server.db.dataSource.query(query, params);

/** A plan of its own, so tampering with its chain leaves the other tests' plan intact. */
async function planWithHistory() {
  const created = await ok(world.as.owner, `mutation { createPlan(input: { title: "Audited" }) { id } }`);
  const id = created.createPlan.id as string;
  await ok(world.as.owner, `mutation($input: AddPlanMemberInput!) { addPlanMember(input: $input) { id } }`, {
    input: { planId: id, email: world.users.approver.email, role: "APPROVER" },
  });
  const v1 = await cutVersion(world.as.owner, id);
  await ok(world.as.owner, OPS.submit, { input: { versionId: v1.id, approverIds: [world.users.approver.id] } });
  await ok(world.as.approver, OPS.approve, { input: { versionId: v1.id } });
  await cutVersion(world.as.owner, id);
  const log = (await ok(world.as.owner, OPS.audit, { planId: id })).auditLog;
  return { id, log };
}

describe("auditLog", () => {
  it("records reviewer changes, reviews, requests for changes, stale approvals and membership changes", async () => {
    const { id } = await planWithHistory();
    const plan = await world.server.server.documents.readPlan(id);
    const tactic = plan.sections.find((section) => section.kind === "tactic")!.id;
    const addMember = `mutation($input: AddPlanMemberInput!) { addPlanMember(input: $input) { id } }`;
    await ok(world.as.owner, addMember, { input: { planId: id, email: world.users.commenter.email, role: "COMMENTER" } });
    await ok(world.as.owner, OPS.assign, { input: { planId: id, sectionId: tactic, userId: world.users.commenter.id } });
    const v = await cutVersion(world.as.owner, id);
    await ok(world.as.commenter, OPS.review, { input: { versionId: v.id, sectionId: tactic, state: "REVIEWED" } });
    await ok(world.as.owner, OPS.submit, { input: { versionId: v.id, approverIds: [world.users.approver.id] } });
    await ok(world.as.approver, OPS.requestChanges, { input: { versionId: v.id, comment: "More detail." } });
    await ok(world.as.owner, `mutation($input: ChangePlanMemberRoleInput!) { changePlanMemberRole(input: $input) { id } }`, {
      input: { planId: id, userId: world.users.commenter.id, role: "VIEWER" },
    });
    await ok(world.as.owner, `mutation($input: RemovePlanMemberInput!) { removePlanMember(input: $input) }`, {
      input: { planId: id, userId: world.users.commenter.id },
    });
    const log = (await ok(world.as.owner, OPS.audit, { planId: id })).auditLog;
    expect(log.isValid).toBe(true);
    // v1 was approved; the reviewer assignment since changed a tactic's hash, so submitting v3 stales that approval.
    expect(log.entries.slice(5).map((entry: { action: string }) => entry.action)).toEqual([
      "MEMBER_ADDED",
      "REVIEWER_ASSIGNED",
      "VERSION_CUT",
      "TACTIC_REVIEWED",
      "SIGNOFF_REQUESTED",
      "APPROVAL_STALE",
      "CHANGES_REQUESTED",
      "MEMBER_ROLE_CHANGED",
      "MEMBER_REMOVED",
    ]);
  });

  it("records membership, versions, submissions and approvals in order, and the chain verifies", async () => {
    const { log } = await planWithHistory();
    expect(log.isValid).toBe(true);
    expect(log.firstInvalidEntryId).toBeNull();
    expect(log.entries.map((entry: { action: string }) => entry.action)).toEqual([
      "MEMBER_ADDED",
      "VERSION_CUT",
      "SIGNOFF_REQUESTED",
      "VERSION_APPROVED",
      "VERSION_CUT",
    ]);
  });

  it("fails verification at a row whose content was changed in SQL, naming that row", async () => {
    const { id, log } = await planWithHistory();
    const target = log.entries[2].id;
    await sql(`UPDATE audit_log SET payload = jsonb_set(payload, '{number}', '7') WHERE id = $1`, [target]);
    const after = (await ok(world.as.owner, OPS.audit, { planId: id })).auditLog;
    expect(after).toMatchObject({ isValid: false, firstInvalidEntryId: target });
  });

  it("fails verification at the row after a deleted one", async () => {
    const { id, log } = await planWithHistory();
    await sql(`DELETE FROM audit_log WHERE id = $1`, [log.entries[1].id]);
    const after = (await ok(world.as.owner, OPS.audit, { planId: id })).auditLog;
    expect(after).toMatchObject({ isValid: false, firstInvalidEntryId: log.entries[2].id });
  });

  it("also catches a rewritten row whose own hash was recomputed: the next row's link breaks", async () => {
    const { id, log } = await planWithHistory();
    const [row] = await world.server.db.dataSource.getRepository(AuditEntry).findBy({ id: log.entries[0].id });
    const forged = { ...row, payload: { ...row.payload, role: "OWNER" } };
    await sql(`UPDATE audit_log SET payload = $2, hash = $3 WHERE id = $1`, [row.id, forged.payload, entryHash(forged)]);
    const after = (await ok(world.as.owner, OPS.audit, { planId: id })).auditLog;
    expect(after).toMatchObject({ isValid: false, firstInvalidEntryId: log.entries[1].id });
  });

  it("is for the owner and approvers; others are refused and other organisations see nothing", async () => {
    expect((await ok(world.as.approver, OPS.audit, { planId })).auditLog.isValid).toBe(true);
    expect(await world.as.anonymous.errorCode(OPS.audit, { planId })).toBe("UNAUTHENTICATED");
    for (const client of [world.as.editor, world.as.commenter, world.as.viewer, world.as.outsider]) {
      expect(await client.errorCode(OPS.audit, { planId })).toBe("FORBIDDEN");
    }
    expect(await world.as.foreigner.errorCode(OPS.audit, { planId })).toBe("NOT_FOUND");
  });

  it("answers NOT_FOUND for a malformed or unknown plan id", async () => {
    expect(await world.as.owner.errorCode(OPS.audit, { planId: "'; DELETE FROM audit_log; --" })).toBe("NOT_FOUND");
    expect(await world.as.owner.errorCode(OPS.audit, { planId: "00000000-0000-4000-8000-000000000000" })).toBe("NOT_FOUND");
  });

  it("chains concurrent appends without forking: every row links to the one before it", async () => {
    const { id } = await planWithHistory();
    await Promise.all(Array.from({ length: 20 }, (_, i) => cutVersion(world.as.owner, id, `Parallel ${i}`)));
    const rows: { prev_hash: string; hash: string }[] = await sql(`SELECT prev_hash, hash FROM audit_log WHERE plan_id = $1 ORDER BY id`, [id]);
    for (let i = 1; i < rows.length; i++) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
    expect(new Set(rows.map((row) => row.prev_hash)).size).toBe(rows.length);
    expect((await ok(world.as.owner, OPS.audit, { planId: id })).auditLog.isValid).toBe(true);
  });
});
