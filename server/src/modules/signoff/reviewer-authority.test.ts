/**
 * Who reviews a tactic is decided by the reviewer table, not by the shared document. An EDITOR's
 * direct Y.Doc write to a section's `reviewerId` is refused by the collaboration server (4400, never
 * applied), while the server's own mirroring of an assignment into the document is not. And should the
 * document ever disagree with the table (a document stored before that check, or any future path),
 * coverage, hashes, who may review and who is told still follow the table.
 */
import { findSection, SectionField, setSectionReviewer } from "@planbridge/plan-schema";
import { CloseCode } from "@planbridge/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRaw, storedDoc, storedState, updateFrame } from "../../../../test/security/collab-socket-support";
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
    const [tactic] = await tacticIds(world, planId);
    const { commenter, editor, approver } = world.users;
    await ok(world.as.owner, OPS.assign, { input: { planId, sectionId: tactic, userId: commenter.id } });
    const v1 = await cutVersion(world.as.owner, planId);
    await ok(world.as.commenter, OPS.review, { input: { versionId: v1.id, sectionId: tactic, state: "REVIEWED" } });
    await ok(world.as.owner, OPS.submit, { input: { versionId: v1.id, approverIds: [], sectionApprovers: [{ approverId: approver.id, sectionIds: [tactic] }] } });
    await ok(world.as.approver, OPS.approve, { input: { versionId: v1.id } });

    // The server mirrored the assignment into the document: its own edits pass the shape check.
    const { documents } = world.server.server;
    const reviewerInDocument = async () => (await documents.readPlan(planId)).sections.find((s) => s.id === tactic)?.reviewerId;
    expect(await reviewerInDocument()).toBe(commenter.id);

    // The editor rewrites the reviewer in the shared document over a real collaboration socket: refused.
    const before = await storedState(world.server, planId);
    const socket = await openRaw(`ws://127.0.0.1:${world.server.port}`, planId, await sessionCookie(world.server.server.sessions, editor.id));
    const replica = await storedDoc(world.server, planId);
    socket.socket.send(updateFrame(replica, (doc) => findSection(doc, tactic)!.set(SectionField.reviewerId, editor.id)));
    expect(await socket.closed).toBe(CloseCode.InvalidMessage);
    expect(await reviewerInDocument()).toBe(commenter.id);
    expect(await storedState(world.server, planId)).toEqual(before);

    // Make the document disagree with the table anyway (through the server's own edit path, the only
    // one left): everything below must still follow the table.
    await documents.change(planId, (doc) => void setSectionReviewer(doc, tactic, editor.id));
    expect(await reviewerInDocument()).toBe(editor.id);

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
