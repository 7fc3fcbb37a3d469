/**
 * Issue 8, findings 3 and 4 against the real server: an editor's update that would brick the plan or
 * rewire its reviewers is refused (4400) and never applied, broadcast or stored; the plan stays
 * readable for everyone and the owner's reviewer assignment still works.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import * as Y from "yjs";
import { createSectionMap, getSectionFragment, getSections, LIMITS, readPlan, SectionField, SectionKind, setSectionReviewer } from "@planbridge/plan-schema";
import { CloseCode, MessageType } from "@planbridge/protocol";
import { PlanRole } from "../../server/src/policies/plan-role";
import { createOrganization, createUser } from "../../server/src/test-support/fixtures";
import { createPlanWorld, startCollabServer, type CollabServer } from "../collab/collab-harness";
import { openRaw, roundTrip, storedDoc, storedState, updateFrame } from "./collab-socket-support";

let server: CollabServer;
beforeAll(async () => {
  server = await startCollabServer();
});
afterAll(async () => {
  await server?.close();
});

const attacks: [string, (doc: Y.Doc, context: { foreignerId: string }) => void][] = [
  ["a plain string pushed into the sections", (doc) => getSections(doc).push(["boom"] as never[])],
  [
    "text nested 20,000 levels deep",
    (doc) => {
      let parent: Y.XmlFragment | Y.XmlElement = getSectionFragment(doc, readPlan(doc).sections[0].id);
      for (let i = 0; i < 20_000; i++) {
        const child: Y.XmlElement = new Y.XmlElement("blockquote");
        parent.insert(0, [child]);
        parent = child;
      }
    },
  ],
  ["every section deleted", (doc) => getSections(doc).delete(0, getSections(doc).length)],
  [
    "5,013 sections",
    (doc) => getSections(doc).push(Array.from({ length: 5_000 }, (_, i) => createSectionMap({ id: `s${i}`, kind: SectionKind.CUSTOM, title: "x", reviewerId: null }))),
  ],
  ["a 100,000-character title", (doc) => getSections(doc).get(0).set(SectionField.title, "x".repeat(100_000))],
  ["a tactic's reviewer rewired to another organisation's user", (doc, { foreignerId }) => setSectionReviewer(doc, readPlan(doc).sections[6].id, foreignerId)],
];

for (const [name, attack] of attacks) {
  it(`refuses ${name}: 4400, nothing applied, broadcast or stored`, { timeout: 20_000 }, async () => {
    const world = await createPlanWorld(server);
    const foreigner = await createUser(server.db.dataSource, { organizationId: (await createOrganization(server.db.dataSource)).id });
    const watcher = await openRaw(server.url, world.plan.id, world.cookies.OWNER);
    await roundTrip(watcher);
    const before = await storedState(server, world.plan.id);
    const editor = await openRaw(server.url, world.plan.id, world.cookies[PlanRole.EDITOR]);
    const doc = await storedDoc(server, world.plan.id);
    const rejected = server.collab.metrics.rejectedUpdates;
    editor.socket.send(updateFrame(doc, (d) => attack(d, { foreignerId: foreigner.id })));
    expect(await editor.closed).toBe(CloseCode.InvalidMessage);
    expect(server.collab.metrics.rejectedUpdates).toBe(rejected + 1);
    await roundTrip(watcher);
    const updatesSeen = watcher.messages.filter((m) => m[0] === MessageType.Sync && m[1] === 2);
    expect(updatesSeen).toHaveLength(0);
    expect(await storedState(server, world.plan.id)).toEqual(before);
    const plan = await server.collab.documents.readPlan(world.plan.id);
    expect(plan.sections).toHaveLength(readPlan(await storedDoc(server, world.plan.id)).sections.length);
    expect(plan.sections[6].reviewerId).toBeNull();
    // The owner's path (assignSectionReviewer -> a server-side edit) still works.
    await server.collab.documents.change(world.plan.id, (d) => setSectionReviewer(d, plan.sections[6].id, world.users.EDITOR.id));
    expect((await server.collab.documents.readPlan(world.plan.id)).sections[6].reviewerId).toBe(world.users.EDITOR.id);
    watcher.socket.close();
  });
}

it("accepts honest section edits from an editor over the socket", async () => {
  const world = await createPlanWorld(server);
  const editor = await openRaw(server.url, world.plan.id, world.cookies[PlanRole.EDITOR]);
  const doc = await storedDoc(server, world.plan.id);
  const id = readPlan(doc).sections[1].id;
  editor.socket.send(updateFrame(doc, (d) => getSections(d).get(1).set(SectionField.title, "Product mix FY27")));
  editor.socket.send(updateFrame(doc, (d) => (getSectionFragment(d, id).get(0) as Y.XmlElement).insert(0, [new Y.XmlText("Bundles")])));
  await roundTrip(editor);
  const plan = await server.collab.documents.readPlan(world.plan.id);
  expect(plan.sections[1]).toMatchObject({ title: "Product mix FY27", text: "Bundles" });
  expect(LIMITS.maxTitleLength).toBe(200);
  editor.socket.close();
});
