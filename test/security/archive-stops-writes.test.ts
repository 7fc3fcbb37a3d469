/**
 * Issue 8, finding 11: archiving a plan freezes it for open sockets at once (it used to take up to the
 * 5 s access sweep). Also covers demotion and removal, which use the same event path.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import WebSocket from "ws";
import * as Y from "yjs";
import { getSectionFragment, readPlan } from "@planbridge/plan-schema";
import { collabPath, MessageType, SyncMessageType } from "@planbridge/protocol";
import { DocStore } from "../../server/src/modules/collaboration/doc-store";
import { PlanRole } from "../../server/src/policies/plan-role";
import { addMember, createOrganization, createPlan, createUser, sessionCookie } from "../../server/src/test-support/fixtures";
import { GraphQLTestClient } from "../../server/src/test-support/graphql-client";
import { startTestServer, type TestServer } from "../../server/src/test-support/test-server";
import { frame } from "../collab/collab-harness";

let app: TestServer;
beforeAll(async () => {
  app = await startTestServer(); // default 5 s sweep: only the event can be fast enough
});
afterAll(async () => {
  await app?.close();
});

async function openEditor(planId: string, cookie: string): Promise<{ socket: WebSocket; doc: Y.Doc }> {
  const socket = new WebSocket(`ws://127.0.0.1:${app.port}${collabPath(planId)}`, { headers: { cookie } });
  socket.on("error", () => undefined);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(await storedDoc(planId)));
  await new Promise((resolve) => socket.once("open", resolve));
  return { socket, doc };
}

async function storedDoc(planId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const part of (await new DocStore(app.db.dataSource).load(planId)).parts) Y.applyUpdate(doc, part);
  return doc;
}

/** Sends an edit, then a SyncStep1, and waits for its answer: the edit has been handled by then. */
async function editAndRoundTrip(socket: WebSocket, doc: Y.Doc, text: string): Promise<void> {
  const before = Y.encodeStateVector(doc);
  const sectionId = readPlan(doc).sections[0].id;
  (getSectionFragment(doc, sectionId).get(0) as Y.XmlElement).insert(0, [new Y.XmlText(text)]);
  socket.send(frame(MessageType.Sync, SyncMessageType.Update, Y.encodeStateAsUpdate(doc, before)));
  const answered = new Promise<void>((resolve) =>
    socket.on("message", (data: Buffer) => data[0] === MessageType.Sync && data[1] === SyncMessageType.SyncStep2 && resolve()),
  );
  socket.send(frame(MessageType.Sync, SyncMessageType.SyncStep1, Y.encodeStateVector(new Y.Doc())));
  await answered;
}

it("refuses an edit sent right after archivePlan returns, and after a demotion returns", async () => {
  const { dataSource } = app.db;
  const organizationId = (await createOrganization(dataSource)).id;
  const owner = await createUser(dataSource, { organizationId });
  const editor = await createUser(dataSource, { organizationId });
  const plan = await createPlan(dataSource, app.server.documents, { owner });
  await addMember(dataSource, plan.id, editor.id, PlanRole.EDITOR);
  const ownerApi = new GraphQLTestClient(app.url, await sessionCookie(app.server.sessions, owner.id));
  const editorCookie = await sessionCookie(app.server.sessions, editor.id);

  const first = await openEditor(plan.id, editorCookie);
  await editAndRoundTrip(first.socket, first.doc, "before archive ");
  const archived = await ownerApi.request(`mutation($id: ID!) { archivePlan(planId: $id) { status } }`, { id: plan.id });
  expect(archived.data?.archivePlan.status).toBe("ARCHIVED");
  await editAndRoundTrip(first.socket, first.doc, "after archive ");
  expect((await app.server.documents.readPlan(plan.id)).sections[0].text).toBe("before archive ");
  first.socket.close();

  await ownerApi.request(`mutation($id: ID!) { unarchivePlan(planId: $id) { status } }`, { id: plan.id });
  const second = await openEditor(plan.id, editorCookie);
  const demoted = await ownerApi.request(
    `mutation($input: ChangePlanMemberRoleInput!) { changePlanMemberRole(input: $input) { role } }`,
    { input: { planId: plan.id, userId: editor.id, role: PlanRole.VIEWER } },
  );
  expect(demoted.data?.changePlanMemberRole.role).toBe(PlanRole.VIEWER);
  await editAndRoundTrip(second.socket, second.doc, "after demotion ");
  expect((await app.server.documents.readPlan(plan.id)).sections[0].text).toBe("before archive ");
  second.socket.close();
  // Nothing refused reached storage either.
  await expect(storedDoc(plan.id).then((doc) => readPlan(doc).sections[0].text)).resolves.toBe("before archive ");
});
