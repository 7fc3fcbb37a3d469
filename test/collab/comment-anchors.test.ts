/**
 * Comment anchors and suggested edits against real y-websocket clients: anchors follow concurrent
 * edits, deleted text orphans a thread, accepting a suggestion edits the shared document (live and
 * durably), rejecting leaves the stored bytes as they were.
 */
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { anchorPhrase, getSectionFragment, resolveAnchor, SectionText, type Anchor } from "@planbridge/plan-schema";
import { createServer } from "../../server/src/app";
import { createCommentWorld, SUMMARY, type CommentWorld, type Person } from "../../server/src/test-support/comment-world";
import { connectClient, type TestClient } from "./collab-harness";

let world: CommentWorld;
/** The running server: the restart test (last) replaces it. */
let running: { close(): Promise<unknown> };
const clients: TestClient[] = [];
beforeAll(async () => {
  world = await createCommentWorld();
  running = world.server.server;
});
afterAll(async () => {
  clients.forEach((client) => client.destroy());
  await running.close();
  await world.server.db.destroy();
});

const CREATE = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id quote suggestionStatus } }`;
const THREADS = `query($id: ID!) { plan(id: $id) { threads { id status quote isOrphaned suggestion suggestionStatus rejectionReason suggestionDecidedBy { email } resolvedBy { email } } } }`;
const ACCEPT = `mutation($id: ID!, $confirm: Boolean) { acceptSuggestion(id: $id, confirm: $confirm) { id status suggestionStatus suggestionDecidedBy { email } } }`;
const REJECT = `mutation($input: RejectSuggestionInput!) { rejectSuggestion(input: $input) { id status suggestionStatus rejectionReason } }`;

async function editorClient(who: Person = "editor"): Promise<TestClient> {
  const client = connectClient(`ws://127.0.0.1:${world.server.port}`, world.plan.id, world.cookies[who]);
  clients.push(client);
  await vi.waitFor(() => expect(client.provider.synced).toBe(true));
  return client;
}

function paragraph(client: TestClient, index: number): Y.XmlText {
  return (getSectionFragment(client.doc, world.sectionId).get(index) as Y.XmlElement).get(0) as Y.XmlText;
}

function sectionText(doc: Y.Doc): string {
  return new SectionText(getSectionFragment(doc, world.sectionId)).text;
}

/** An anchor made in a client's own copy of the document, as the browser makes it. */
function anchorIn(client: TestClient, phrase: string): Anchor {
  const anchor = anchorPhrase(client.doc, world.sectionId, phrase);
  if (!anchor) throw new Error(`"${phrase}" is not in the section`);
  return anchor;
}

async function createThread(who: Person, input: Record<string, unknown>): Promise<string> {
  const result = await world.as[who].request(CREATE, { input: { planId: world.plan.id, ...input } });
  expect(result.errors).toBeUndefined();
  return result.data!.createThread.id;
}

async function threadOf(id: string) {
  const threads = (await world.as.owner.request(THREADS, { id: world.plan.id })).data!.plan.threads;
  return threads.find((thread: { id: string }) => thread.id === id);
}

async function storedRows(): Promise<unknown[]> {
  const { dataSource } = world.server.db;
  const updates = await dataSource.query(`SELECT id, "update" FROM doc_updates WHERE plan_id = $1 ORDER BY id`, [world.plan.id]);
  const snapshots = await dataSource.query(`SELECT state, last_update_id FROM doc_snapshots WHERE plan_id = $1`, [world.plan.id]);
  return [...updates, ...snapshots];
}

/**
 * Makes an edit and waits for its save acknowledgement. A pure deletion does not advance the client's
 * clock, so `isSaved()` cannot tell; the next acknowledgement can.
 */
async function durably(client: TestClient, edit: () => void) {
  const acks = client.acks.length;
  edit();
  await vi.waitFor(() => expect(client.acks.length).toBeGreaterThan(acks));
}

async function resetSummary(client: TestClient) {
  client.doc.transact(() => {
    const fragment = getSectionFragment(client.doc, world.sectionId);
    fragment.delete(0, fragment.length);
    fragment.insert(0, SUMMARY.map((text) => {
      const p = new Y.XmlElement("paragraph");
      p.insert(0, [new Y.XmlText(text)]);
      return p;
    }));
  });
  await vi.waitFor(() => expect(client.isSaved()).toBe(true));
}

describe("anchor survival", () => {
  it("keeps covering exactly the phrase while another client edits around it; deleting it orphans the thread and keeps the quote", async () => {
    const rita = await editorClient("commenter");
    const maya = await editorClient("editor");
    await resetSummary(maya);
    await vi.waitFor(() => expect(sectionText(rita.doc)).toBe(sectionText(maya.doc)));
    const anchor = anchorIn(rita, "partner webinars");
    const threadId = await createThread("commenter", { body: "Which partners?", anchor });

    // Maya types before, after and elsewhere in the section, and deletes text around the phrase.
    const first = paragraph(maya, 0);
    first.insert(0, "Goal: ");
    first.insert(first.toString().indexOf("partner webinars") + "partner webinars".length, " and events");
    first.delete("Goal: ".length, "Grow ".length);
    paragraph(maya, 1).insert(0, "Rule: ");
    await vi.waitFor(() => expect(maya.isSaved()).toBe(true));
    await vi.waitFor(() => expect(sectionText(rita.doc)).toBe(sectionText(maya.doc)));

    expect(sectionText(maya.doc).split("\n")[0]).toBe("Goal: EMEA pipeline by 30% with partner webinars and events.");
    for (const client of [rita, maya]) expect(resolveAnchor(client.doc, anchor)).toMatchObject({ text: "partner webinars", isOrphaned: false });
    expect(await threadOf(threadId)).toMatchObject({ quote: "partner webinars", isOrphaned: false });

    // Typing inside the phrase grows the range; deleting the phrase orphans the thread.
    const at = paragraph(maya, 0).toString().indexOf("partner webinars");
    await durably(maya, () => paragraph(maya, 0).delete(at, "partner webinars".length));
    await vi.waitFor(() => expect(resolveAnchor(rita.doc, anchor)?.isOrphaned).toBe(true));
    expect(await threadOf(threadId)).toMatchObject({ quote: "partner webinars", isOrphaned: true, status: "OPEN" });
    const orphans = (await world.as.viewer.request(`query($id: ID!) { plan(id: $id) { threads(filter: { isOrphaned: true }) { id } } }`, { id: world.plan.id })).data!.plan.threads;
    expect(orphans.map((t: { id: string }) => t.id)).toContain(threadId);
  });
});

describe("suggested edits", () => {
  it("rejecting records who and why, resolves the thread and leaves the stored document bytes identical", async () => {
    const maya = await editorClient("editor");
    await resetSummary(maya);
    const threadId = await createThread("commenter", { body: "Shorter?", anchor: anchorIn(maya, "sales calls them"), suggestion: "sales calls" });
    const before = await storedRows();
    const rejected = await world.as.editor.request(REJECT, { input: { threadId, reason: "Sales asked for this wording" } });
    expect(rejected.data!.rejectSuggestion).toEqual({ id: threadId, status: "RESOLVED", suggestionStatus: "REJECTED", rejectionReason: "Sales asked for this wording" });
    expect(await storedRows()).toEqual(before);
    expect(sectionText(maya.doc)).toBe(SUMMARY.join("\n") + "\n");
    expect(await world.as.owner.errorCode(ACCEPT, { id: threadId })).toBe("CONFLICT");
    expect(await world.as.owner.errorCode(`mutation($id: ID!) { reopenThread(id: $id) { id } }`, { id: threadId })).toBe("CONFLICT");
    expect(await storedRows()).toEqual(before);
  });

  it("answers CONFLICT when the anchored text changed since the suggestion, and applies it when confirmed", async () => {
    const maya = await editorClient("editor");
    await resetSummary(maya);
    const threadId = await createThread("commenter", { body: "Be precise", anchor: anchorIn(maya, "30%"), suggestion: "35%" });
    const text = paragraph(maya, 0);
    text.insert(text.toString().indexOf("30%") + 2, ".5"); // "30.5%": typed inside the anchored text
    await vi.waitFor(() => expect(maya.isSaved()).toBe(true));
    const before = await storedRows();
    const conflict = await world.as.owner.request(ACCEPT, { id: threadId });
    expect(conflict.errors?.[0]).toMatchObject({ extensions: { code: "CONFLICT" }, message: expect.stringContaining("30.5%") });
    expect(await storedRows()).toEqual(before);
    expect(await threadOf(threadId)).toMatchObject({ status: "OPEN", suggestionStatus: "PENDING" });
    const confirmed = await world.as.owner.request(ACCEPT, { id: threadId, confirm: true });
    expect(confirmed.data!.acceptSuggestion.suggestionStatus).toBe("ACCEPTED");
    await vi.waitFor(() => expect(sectionText(maya.doc).split("\n")[0]).toBe(SUMMARY[0].replace("30%", "35%")));
  });

  it("cannot accept a suggestion whose text was deleted, even when confirmed", async () => {
    const maya = await editorClient("editor");
    await resetSummary(maya);
    const threadId = await createThread("commenter", { body: "Say it plainly", anchor: anchorIn(maya, "EMEA"), suggestion: "Europe" });
    const text = paragraph(maya, 0);
    await durably(maya, () => text.delete(text.toString().indexOf("EMEA"), "EMEA ".length));
    const before = await storedRows();
    expect(await world.as.owner.errorCode(ACCEPT, { id: threadId, confirm: true })).toBe("CONFLICT");
    expect(await storedRows()).toEqual(before);
  });

  it("applies a suggestion once when two editors accept it at the same moment", async () => {
    const maya = await editorClient("editor");
    await resetSummary(maya);
    const threadId = await createThread("commenter", { body: "Sharper", anchor: anchorIn(maya, "Grow"), suggestion: "Double" });
    const results = await Promise.all([world.as.owner.request(ACCEPT, { id: threadId }), world.as.editor.request(ACCEPT, { id: threadId })]);
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    await vi.waitFor(() => expect(sectionText(maya.doc).split("\n")[0]).toBe(SUMMARY[0].replace("Grow", "Double")));
  });

  it("lets only editors and owners decide; others get FORBIDDEN or NOT_FOUND and nothing changes", async () => {
    const maya = await editorClient("editor");
    await resetSummary(maya);
    const threadId = await createThread("commenter", { body: "Hmm", anchor: anchorIn(maya, "pipeline"), suggestion: "funnel" });
    const before = await storedRows();
    for (const who of ["commenter", "approver", "viewer", "outsider"] as const) {
      expect(await world.as[who].errorCode(ACCEPT, { id: threadId })).toBe("FORBIDDEN");
      expect(await world.as[who].errorCode(REJECT, { input: { threadId, reason: "no" } })).toBe("FORBIDDEN");
    }
    expect(await world.as.foreigner.errorCode(ACCEPT, { id: threadId })).toBe("NOT_FOUND");
    expect(await world.as.foreigner.errorCode(REJECT, { input: { threadId, reason: "no" } })).toBe("NOT_FOUND");
    expect(await world.as.anonymous.errorCode(ACCEPT, { id: threadId })).toBe("UNAUTHENTICATED");
    expect(await world.as.anonymous.errorCode(REJECT, { input: { threadId, reason: "no" } })).toBe("UNAUTHENTICATED");
    expect(await world.as.editor.errorCode(REJECT, { input: { threadId, reason: "  " } })).toBe("BAD_USER_INPUT");
    const plain = await createThread("commenter", { body: "No suggestion here" });
    expect(await world.as.editor.errorCode(ACCEPT, { id: plain })).toBe("BAD_USER_INPUT");
    expect(await world.as.editor.errorCode(ACCEPT, { id: "not-an-id" })).toBe("NOT_FOUND");
    expect(await storedRows()).toEqual(before);
    expect(await threadOf(threadId)).toMatchObject({ status: "OPEN", suggestionStatus: "PENDING" });
  });

  it("accepting replaces exactly the anchored text for every open editor, durably across a restart", async () => {
    const maya = await editorClient("editor");
    await resetSummary(maya);
    const threadId = await createThread("commenter", { body: "Too low for Texas", anchor: anchorIn(maya, "80 points"), suggestion: "100 points" });
    const result = await world.as.owner.request(ACCEPT, { id: threadId });
    expect(result.errors).toBeUndefined();
    expect(result.data!.acceptSuggestion).toEqual({ id: threadId, status: "RESOLVED", suggestionStatus: "ACCEPTED", suggestionDecidedBy: { email: world.users.owner.email } });
    const expected = `${SUMMARY[0]}\n${SUMMARY[1].replace("80 points", "100 points")}\n`;
    await vi.waitFor(() => expect(sectionText(maya.doc)).toBe(expected));
    expect(await threadOf(threadId)).toMatchObject({ isOrphaned: false, resolvedBy: { email: world.users.owner.email } });
    expect(await world.as.owner.errorCode(ACCEPT, { id: threadId })).toBe("CONFLICT");

    // A fresh client of a freshly started server (same database) reads the accepted text.
    maya.destroy();
    clients.splice(clients.indexOf(maya), 1);
    await world.server.server.close();
    const restarted = await createServer({ env: world.server.env, dataSource: world.server.db.dataSource });
    await new Promise<void>((resolve) => restarted.httpServer.listen(0, "127.0.0.1", resolve));
    const port = (restarted.httpServer.address() as AddressInfo).port;
    const fresh = connectClient(`ws://127.0.0.1:${port}`, world.plan.id, world.cookies.viewer);
    running = restarted;
    clients.push(fresh);
    await vi.waitFor(() => expect(fresh.provider.synced).toBe(true));
    expect(sectionText(fresh.doc)).toBe(expected);
  });
});
