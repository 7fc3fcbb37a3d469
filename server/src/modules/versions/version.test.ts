import { getSectionFragment, moveSection, paragraphElement, readPlan, renameSection } from "@planbridge/plan-schema";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { connectClient } from "../../../../test/collab/collab-harness";
import { DocStore } from "../collaboration/doc-store";
import { sessionCookie } from "../../test-support/fixtures";
import { appendParagraph, createSignoffWorld, cutVersion, OPS, ok, type SignoffWorld } from "../../test-support/signoff-world";

let world: SignoffWorld;
let planId: string;
beforeAll(async () => {
  world = await createSignoffWorld();
  planId = world.plan.id;
});
afterAll(() => world.server.close());

const texts = (plan: { sections: { id: string; title: string; text: string }[] }) => plan.sections.map(({ id, title, text }) => ({ id, title, text }));

describe("cutVersion", () => {
  it("stores the state bytes, the plan JSON, a canonical hash and one hash per section, numbered per plan", async () => {
    const v1 = await cutVersion(world.as.owner, planId, "  Council review draft ");
    const v2 = await cutVersion(world.as.owner, planId);
    expect(v1).toMatchObject({ number: 1, name: "Council review draft" });
    expect(v2).toMatchObject({ number: 2, name: null, hash: v1.hash, sections: v1.sections });
    expect(v1.hash).toMatch(/^[0-9a-f]{64}$/);
    const live = await world.server.server.documents.readPlan(planId);
    // The document's sections, then the lead definition and campaign calendar, hashed like sections.
    const alignment = ["alignment:lead-definition", "alignment:campaign-calendar"];
    expect(v1.sections.map((section) => section.sectionId)).toEqual([...live.sections.map((section) => section.id), ...alignment]);
    const [row] = await world.server.db.dataSource.query(`SELECT state, content FROM plan_versions WHERE id = $1`, [v1.id]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, row.state);
    expect(texts(readPlan(doc))).toEqual(texts(live));
    expect(texts(row.content)).toEqual(texts(live));
  });

  it("refuses to change a stored version, even in SQL", async () => {
    const v = await cutVersion(world.as.owner, planId);
    await expect(world.server.db.dataSource.query(`UPDATE plan_versions SET hash = 'forged' WHERE id = $1`, [v.id])).rejects.toThrow(/immutable/);
  });

  it("requires a session and the owner; another organisation's plan is not found", async () => {
    const input = { planId };
    expect(await world.as.anonymous.errorCode(OPS.cut, { input })).toBe("UNAUTHENTICATED");
    expect(await world.as.editor.errorCode(OPS.cut, { input })).toBe("FORBIDDEN");
    expect(await world.as.approver.errorCode(OPS.cut, { input })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(OPS.cut, { input })).toBe("NOT_FOUND");
  });

  it("rejects a malformed plan id and an oversized name", async () => {
    expect(await world.as.owner.errorCode(OPS.cut, { input: { planId: "nope" } })).toBe("BAD_USER_INPUT");
    expect(await world.as.owner.errorCode(OPS.cut, { input: { planId, name: "x".repeat(201) } })).toBe("BAD_USER_INPUT");
  });
});

describe("planVersions / planVersion", () => {
  it("lists newest first and opens one as plan JSON for every member", async () => {
    const v = await cutVersion(world.as.owner, planId, "Listed");
    const list = (await ok(world.as.viewer, OPS.versions, { planId })).planVersions;
    expect(list[0]).toEqual({ id: v.id, number: v.number });
    expect(list.map((row: { number: number }) => row.number)).toEqual([...list.map((row: { number: number }) => row.number)].sort((a, b) => b - a));
    const opened = (await ok(world.as.commenter, OPS.version, { id: v.id })).planVersion;
    expect(opened.createdBy.email).toBe(world.users.owner.email);
    expect(opened.content.sections).toHaveLength(v.sections.length - 2);
    expect(Object.keys(opened.content.alignment)).toEqual(["leadDefinition", "campaignCalendar"]);
    const withContent = await ok(world.as.viewer, `query($planId: ID!) { planVersions(planId: $planId) { number content } }`, { planId });
    expect(withContent.planVersions[0].content).toEqual(opened.content);
  });

  it("is refused without a session or membership, hidden from other organisations, and a bad id is not found", async () => {
    const v = await cutVersion(world.as.owner, planId);
    expect(await world.as.anonymous.errorCode(OPS.version, { id: v.id })).toBe("UNAUTHENTICATED");
    expect(await world.as.outsider.errorCode(OPS.version, { id: v.id })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(OPS.versions, { planId })).toBe("NOT_FOUND");
    expect(await world.as.owner.errorCode(OPS.version, { id: "v1" })).toBe("NOT_FOUND");
  });
});

describe("diffVersions / diffVersionWithDraft", () => {
  it("compares two versions and a version with the live draft", async () => {
    const before = await cutVersion(world.as.owner, planId);
    const sectionId = before.sections[0].sectionId;
    await appendParagraph(world, planId, sectionId, "A new sentence.");
    const draft = (await ok(world.as.viewer, OPS.diffDraft, { id: before.id })).diffVersionWithDraft;
    expect(draft.to).toBeNull();
    expect(draft.sections.filter((s: { change: string }) => s.change !== "UNCHANGED")).toEqual([{ sectionId, change: "EDITED" }]);
    const after = await cutVersion(world.as.owner, planId);
    const diff = (await ok(world.as.viewer, OPS.diff, { from: before.id, to: after.id })).diffVersions;
    const edited = diff.sections.find((s: { sectionId: string }) => s.sectionId === sectionId);
    expect(edited.words.filter((w: { kind: string }) => w.kind === "ADDED").map((w: { text: string }) => w.text).join("")).toBe("\nA new sentence.");
  });

  it("is refused without a session or membership, and rejects versions of two different plans", async () => {
    const v = await cutVersion(world.as.owner, planId);
    expect(await world.as.anonymous.errorCode(OPS.diff, { from: v.id, to: v.id })).toBe("UNAUTHENTICATED");
    expect(await world.as.outsider.errorCode(OPS.diffDraft, { id: v.id })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(OPS.diff, { from: v.id, to: v.id })).toBe("NOT_FOUND");
    const other = (await ok(world.as.owner, `mutation { createPlan(input: { title: "Other" }) { id } }`)).createPlan.id;
    const foreignVersion = await cutVersion(world.as.owner, other);
    expect(await world.as.owner.errorCode(OPS.diff, { from: v.id, to: foreignVersion.id })).toBe("BAD_USER_INPUT");
    expect(await world.as.owner.errorCode(OPS.diff, { from: v.id, to: "zzz" })).toBe("NOT_FOUND");
  });
});

describe("restoreVersion", () => {
  it("applies an old version on top of the live draft: open editors see it, it is durable, and no version changes", async () => {
    const v1 = await cutVersion(world.as.owner, planId, "Before the rewrite");
    const v1Content = (await ok(world.as.owner, OPS.version, { id: v1.id })).planVersion.content;
    const { port } = world.server;
    const editor = connectClient(`ws://127.0.0.1:${port}`, planId, await sessionCookie(world.server.server.sessions, world.users.editor.id));
    editor.provider.on("connection-error", () => undefined);
    try {
      await vi.waitFor(() => expect(editor.provider.synced).toBe(true));
      const first = v1.sections[0].sectionId;
      await world.server.server.documents.change(planId, (doc) => {
        renameSection(doc, first, "Rewritten summary");
        moveSection(doc, first, 2);
        getSectionFragment(doc, first).insert(0, [paragraphElement("Draft text that will be rolled back")]);
      });
      await vi.waitFor(() => expect(readPlan(editor.doc).sections.some((s) => s.title === "Rewritten summary")).toBe(true));
      const v2 = await cutVersion(world.as.owner, planId);

      expect((await ok(world.as.owner, OPS.restore, { input: { versionId: v1.id } })).restoreVersion.id).toBe(planId);
      await vi.waitFor(() => expect(texts(readPlan(editor.doc))).toEqual(texts(v1Content)));
      const stored = await new DocStore(world.server.db.dataSource).load(planId);
      const reloaded = new Y.Doc();
      stored.parts.forEach((part) => Y.applyUpdate(reloaded, part));
      expect(texts(readPlan(reloaded))).toEqual(texts(v1Content));
      const sinceV1 = (await ok(world.as.owner, OPS.diffDraft, { id: v1.id })).diffVersionWithDraft;
      expect(sinceV1.sections.every((s: { change: string }) => s.change === "UNCHANGED")).toBe(true);
      const v2Again = (await ok(world.as.owner, OPS.diff, { from: v1.id, to: v2.id })).diffVersions;
      expect(v2Again.sections.find((s: { sectionId: string }) => s.sectionId === first).change).toBe("EDITED");
      const actions = (await ok(world.as.owner, OPS.audit, { planId })).auditLog.entries.map((e: { action: string }) => e.action);
      expect(actions.at(-1)).toBe("VERSION_RESTORED");
    } finally {
      editor.destroy();
    }
  });

  it("is the owner's: refused without a session, to editors and approvers, hidden from other organisations; bad ids rejected", async () => {
    const v = await cutVersion(world.as.owner, planId);
    const input = { versionId: v.id };
    expect(await world.as.anonymous.errorCode(OPS.restore, { input })).toBe("UNAUTHENTICATED");
    expect(await world.as.editor.errorCode(OPS.restore, { input })).toBe("FORBIDDEN");
    expect(await world.as.approver.errorCode(OPS.restore, { input })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(OPS.restore, { input })).toBe("NOT_FOUND");
    expect(await world.as.owner.errorCode(OPS.restore, { input: { versionId: "v1" } })).toBe("BAD_USER_INPUT");
    expect(await world.as.owner.errorCode(OPS.restore, { input: { versionId: "00000000-0000-4000-8000-000000000000" } })).toBe("NOT_FOUND");
  });
});
