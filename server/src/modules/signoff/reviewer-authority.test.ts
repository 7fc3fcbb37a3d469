/**
 * Who reviews a tactic is decided by the reviewer table, not by the shared document: an EDITOR who
 * writes a section's `reviewerId` straight into the Y.Doc changes neither coverage, nor hashes, nor
 * who may review, nor who is told when the tactic changes.
 */
import { findSection, getSectionFragment, paragraphElement, SectionField } from "@planbridge/plan-schema";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { connectClient } from "../../../../test/collab/collab-harness";
import type { NotificationRequest } from "../../events/domain-events";
import { sessionCookie } from "../../test-support/fixtures";
import { appendParagraph, createSignoffWorld, cutVersion, OPS, ok, tacticIds, type SignoffWorld } from "../../test-support/signoff-world";

let world: SignoffWorld;
beforeAll(async () => {
  world = await createSignoffWorld();
});
afterAll(() => world.server.close());

describe("reviewer assignments are authoritative in PostgreSQL", () => {
  it("an EDITOR's direct Y.Doc write to a section's reviewer changes neither coverage nor who is notified", async () => {
    const planId = world.plan.id;
    const [tactic, other] = await tacticIds(world, planId);
    const { commenter, editor, approver } = world.users;
    await ok(world.as.owner, OPS.assign, { input: { planId, sectionId: tactic, userId: commenter.id } });
    const v1 = await cutVersion(world.as.owner, planId);
    await ok(world.as.commenter, OPS.review, { input: { versionId: v1.id, sectionId: tactic, state: "REVIEWED" } });
    await ok(world.as.owner, OPS.submit, { input: { versionId: v1.id, approverIds: [], sectionApprovers: [{ approverId: approver.id, sectionIds: [tactic] }] } });
    await ok(world.as.approver, OPS.approve, { input: { versionId: v1.id } });

    // The editor rewrites the reviewer in the shared document over the collaboration socket, then types
    // a marker in another section: once the marker is on the server, the reviewer write was handled too.
    const client = connectClient(`ws://127.0.0.1:${world.server.port}`, planId, await sessionCookie(world.server.server.sessions, editor.id));
    client.provider.on("connection-error", () => undefined);
    try {
      await vi.waitFor(() => expect(client.provider.synced).toBe(true));
      client.doc.transact(() => findSection(client.doc, tactic)!.set(SectionField.reviewerId, editor.id));
      getSectionFragment(client.doc, other).insert(0, [paragraphElement("marker")]);
      await vi.waitFor(async () => {
        const live = await world.server.server.documents.readPlan(planId);
        expect(live.sections.find((s) => s.id === other)?.text.startsWith("marker") || !client.provider.wsconnected).toBe(true);
      });
    } finally {
      client.destroy();
    }

    // Coverage and the plan's sections still name the commenter; the review still counts.
    const coverage = (await ok(world.as.owner, OPS.coverage, { planId })).reviewCoverage;
    expect(coverage.sections.find((s: { sectionId: string }) => s.sectionId === tactic)).toMatchObject({ state: "REVIEWED", reviewer: { email: commenter.email } });
    const sections = (await ok(world.as.owner, OPS.sections, { id: planId })).plan.sections;
    expect(sections.find((s: { id: string }) => s.id === tactic).reviewer).toEqual({ id: commenter.id });
    // The editor cannot review the tactic, and a new version hashes the tactic exactly as before.
    expect(await world.as.editor.errorCode(OPS.review, { input: { versionId: v1.id, sectionId: tactic, state: "REVIEWED" } })).toBe("FORBIDDEN");
    const v2 = await cutVersion(world.as.owner, planId);
    expect(v2.sections.find((s) => s.sectionId === tactic)!.hash).toBe(v1.sections.find((s) => s.sectionId === tactic)!.hash);

    // When the tactic really changes, the commenter (its reviewer in the table) is told, never the editor.
    const notices: NotificationRequest[] = [];
    world.server.server.events.on("notification.requested", (notice) => notices.push(notice));
    await appendParagraph(world, planId, tactic, "Now with a partner-sourced lead target.");
    const v3 = await cutVersion(world.as.owner, planId);
    await ok(world.as.owner, OPS.submit, { input: { versionId: v3.id, approverIds: [], sectionApprovers: [{ approverId: approver.id, sectionIds: [tactic] }] } });
    expect(notices.map(({ userId, kind }) => ({ userId, kind }))).toEqual([
      { userId: approver.id, kind: "APPROVAL_STALE" },
      { userId: commenter.id, kind: "TACTIC_REVIEW_STALE" },
    ]);
    const coverageAfter = (await ok(world.as.owner, OPS.coverage, { planId })).reviewCoverage;
    expect(coverageAfter.sections.find((s: { sectionId: string }) => s.sectionId === tactic)).toMatchObject({ state: "STALE", reviewer: { email: commenter.email } });
  });
});
