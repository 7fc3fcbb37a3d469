import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnchor } from "@planbridge/plan-schema";
import { createCommentWorld, type CommentWorld } from "../../test-support/comment-world";

let world: CommentWorld;
beforeAll(async () => {
  world = await createCommentWorld();
});
afterAll(() => world.close());

const THREAD_FIELDS = `id status quote isOrphaned sectionId suggestion suggestionStatus rejectionReason planId
  author { email } resolvedBy { email } suggestionDecidedBy { email }
  comments { id body isDeleted author { email } viewerCan { edit delete } }
  viewerCan { reply resolve reopen acceptSuggestion rejectSuggestion edit delete }`;
const PLAN_THREADS = `query($id: ID!, $filter: ThreadFilterInput) { plan(id: $id) { threads(filter: $filter) { ${THREAD_FIELDS} } } }`;
const THREAD = `query($id: ID!) { thread(id: $id) { ${THREAD_FIELDS} } }`;
const CREATE = `mutation($input: CreateThreadInput!) { createThread(input: $input) { ${THREAD_FIELDS} } }`;
const REPLY = `mutation($input: ReplyToThreadInput!) { replyToThread(input: $input) { id body author { email } } }`;
const RESOLVE = `mutation($id: ID!) { resolveThread(id: $id) { id status resolvedBy { email } } }`;
const REOPEN = `mutation($id: ID!) { reopenThread(id: $id) { id status resolvedBy { email } } }`;
const EDIT = `mutation($input: EditCommentInput!) { editComment(input: $input) { id body editedAt } }`;
const DELETE = `mutation($id: ID!) { deleteComment(id: $id) { id body isDeleted } }`;
const NOTIFICATIONS = `query($input: NotificationsInput) { unreadNotificationCount notifications(input: $input) { id kind isRead planId actor { email } thread { id } comment { body } } }`;
const MARK_READ = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;

async function createThread(who: keyof CommentWorld["as"], input: Record<string, unknown>) {
  const result = await world.as[who].request(CREATE, { input: { planId: world.plan.id, ...input } });
  expect(result.errors).toBeUndefined();
  return result.data!.createThread;
}

async function threadCount(): Promise<number> {
  return (await world.as.owner.request(PLAN_THREADS, { id: world.plan.id })).data!.plan.threads.length;
}

describe("createThread", () => {
  it("opens an anchored thread with its quote and opening comment, visible on the plan", async () => {
    const anchor = await world.anchor("partner webinars");
    const thread = await createThread("commenter", { body: "Which partners?", anchor });
    expect(thread).toMatchObject({
      status: "OPEN",
      quote: "partner webinars",
      isOrphaned: false,
      sectionId: world.sectionId,
      suggestion: null,
      author: { email: world.users.commenter.email },
      comments: [{ body: "Which partners?", author: { email: world.users.commenter.email }, viewerCan: { edit: true, delete: true } }],
      viewerCan: { reply: true, resolve: true, reopen: false, acceptSuggestion: false, rejectSuggestion: false, edit: true, delete: true },
    });
    const seenByViewer = (await world.as.viewer.request(PLAN_THREADS, { id: world.plan.id })).data!.plan.threads;
    const mine = seenByViewer.find((t: { id: string }) => t.id === thread.id);
    expect(mine).toMatchObject({ quote: "partner webinars", viewerCan: { reply: false, resolve: false, edit: false } });
  });

  it("opens a plan-level thread without an anchor", async () => {
    const thread = await createThread("approver", { body: "Overall this looks good" });
    expect(thread).toMatchObject({ quote: null, sectionId: null, isOrphaned: false, status: "OPEN" });
  });

  it("stores a suggested replacement from a commenter as a pending suggestion", async () => {
    const thread = await createThread("commenter", { body: "Too low for Texas", anchor: await world.anchor("80 points"), suggestion: "100 points" });
    expect(thread).toMatchObject({ suggestion: "100 points", suggestionStatus: "PENDING", quote: "80 points" });
    const asEditor = (await world.as.editor.request(THREAD, { id: thread.id })).data!.thread;
    expect(asEditor.viewerCan).toMatchObject({ acceptSuggestion: true, rejectSuggestion: true, resolve: true, edit: false });
  });

  it("requires a session", async () => {
    expect(await world.as.anonymous.errorCode(CREATE, { input: { planId: world.plan.id, body: "hi" } })).toBe("UNAUTHENTICATED");
  });

  it("is forbidden to viewers, to approvers suggesting, and to non-members; another organisation's plan is not found", async () => {
    const anchor = await world.anchor("80 points");
    const before = await threadCount();
    expect(await world.as.viewer.errorCode(CREATE, { input: { planId: world.plan.id, body: "hi" } })).toBe("FORBIDDEN");
    expect(await world.as.approver.errorCode(CREATE, { input: { planId: world.plan.id, body: "hi", anchor, suggestion: "90 points" } })).toBe("FORBIDDEN");
    expect(await world.as.outsider.errorCode(CREATE, { input: { planId: world.plan.id, body: "hi" } })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(CREATE, { input: { planId: world.plan.id, body: "hi" } })).toBe("NOT_FOUND");
    expect(await threadCount()).toBe(before);
  });

  it("rejects bad anchors and bodies with BAD_USER_INPUT and stores nothing", async () => {
    const planId = world.plan.id;
    const anchor = await world.anchor("80 points");
    const otherAnchor = await world.anchor("80 points", world.otherPlan.id);
    const before = await threadCount();
    const bad = async (input: Record<string, unknown>) => (await world.as.owner.request(CREATE, { input: { planId, body: "x", ...input } })).errors?.[0];
    expect((await bad({ body: "   " }))?.message).toMatch(/cannot be empty/);
    expect((await bad({ body: "x".repeat(10_001) }))?.message).toMatch(/at most 10000 characters/);
    expect((await bad({ anchor: { ...anchor, quote: "90 points" } }))?.message).toMatch(/quote does not match/);
    expect((await bad({ anchor: { ...anchor, sectionId: "no-such-section" } }))?.message).toMatch(/section this plan does not have/);
    expect((await bad({ anchor: { ...otherAnchor, sectionId: world.sectionId } }))?.message).toMatch(/do not point into that section/);
    expect((await bad({ anchor: { ...anchor, start: "bm90IGEgcG9zaXRpb24=" } }))?.message).toMatch(/do not point into that section/);
    expect((await bad({ anchor: { ...anchor, start: "%%%" } }))?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await bad({ anchor: { ...anchor, start: anchor.end, end: anchor.start } }))?.message).toMatch(/encloses no text/);
    expect((await bad({ suggestion: "100 points" }))?.message).toMatch(/needs an anchor/);
    expect((await bad({ anchor, suggestion: "two\nlines" }))?.message).toMatch(/no line breaks/);
    const acrossParagraphs = await world.server.server.documents.read(planId, (doc) => createAnchor(doc, world.sectionId, 40, 60)!);
    expect((await bad({ anchor: acrossParagraphs, suggestion: "shorter" }))?.message).toMatch(/within one paragraph/);
    expect((await bad({ anchor: { ...anchor, quote: "x".repeat(5_001) } }))?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await world.as.owner.errorCode(CREATE, { input: { planId: "not-a-uuid", body: "x" } })).toBe("NOT_FOUND");
    expect(await threadCount()).toBe(before);
  });
});

describe("replyToThread", () => {
  it("adds a reply in order and notifies the thread's author and whoever is @mentioned", async () => {
    const thread = await createThread("commenter", { body: "Is 80 right?", anchor: await world.anchor("80 points") });
    const reply = await world.as.editor.request(REPLY, { input: { threadId: thread.id, body: `Asking @${world.users.approver.email} and @nobody@acme.test` } });
    expect(reply.errors).toBeUndefined();
    expect(reply.data!.replyToThread).toMatchObject({ author: { email: world.users.editor.email } });
    const comments = (await world.as.viewer.request(THREAD, { id: thread.id })).data!.thread.comments;
    expect(comments.map((c: { body: string }) => c.body)).toEqual(["Is 80 right?", `Asking @${world.users.approver.email} and @nobody@acme.test`]);

    const forAuthor = (await world.as.commenter.request(NOTIFICATIONS)).data!;
    expect(forAuthor.notifications[0]).toMatchObject({ kind: "REPLY", isRead: false, actor: { email: world.users.editor.email }, thread: { id: thread.id } });
    const forApprover = (await world.as.approver.request(NOTIFICATIONS, { input: { unreadOnly: true } })).data!;
    expect(forApprover.notifications.map((n: { kind: string }) => n.kind)).toEqual(["MENTION"]);
    expect(forApprover.unreadNotificationCount).toBe(1);
  });

  it("requires a session, is forbidden to viewers and non-members, and not found across organisations", async () => {
    const thread = await createThread("owner", { body: "Open question" });
    const input = { threadId: thread.id, body: "me too" };
    expect(await world.as.anonymous.errorCode(REPLY, { input })).toBe("UNAUTHENTICATED");
    expect(await world.as.viewer.errorCode(REPLY, { input })).toBe("FORBIDDEN");
    expect(await world.as.outsider.errorCode(REPLY, { input })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(REPLY, { input })).toBe("NOT_FOUND");
    expect(await world.as.owner.errorCode(REPLY, { input: { threadId: "00000000-0000-4000-8000-000000000000", body: "x" } })).toBe("NOT_FOUND");
    expect(await world.as.owner.errorCode(REPLY, { input: { threadId: thread.id, body: "" } })).toBe("BAD_USER_INPUT");
    expect((await world.as.viewer.request(THREAD, { id: thread.id })).data!.thread.comments).toHaveLength(1);
  });
});

describe("resolveThread / reopenThread", () => {
  it("lets the thread's author and editors resolve and reopen; records who resolved and tells the author", async () => {
    const thread = await createThread("commenter", { body: "Typo here", anchor: await world.anchor("sales calls") });
    const resolved = await world.as.editor.request(RESOLVE, { id: thread.id });
    expect(resolved.data!.resolveThread).toEqual({ id: thread.id, status: "RESOLVED", resolvedBy: { email: world.users.editor.email } });
    const kinds = (await world.as.commenter.request(NOTIFICATIONS)).data!.notifications.map((n: { kind: string }) => n.kind);
    expect(kinds).toContain("RESOLVED");
    expect((await world.as.commenter.request(REOPEN, { id: thread.id })).data!.reopenThread).toEqual({ id: thread.id, status: "OPEN", resolvedBy: null });
    expect((await world.as.commenter.request(RESOLVE, { id: thread.id })).data!.resolveThread.status).toBe("RESOLVED");
    const resolvedOnly = (await world.as.owner.request(PLAN_THREADS, { id: world.plan.id, filter: { status: "RESOLVED" } })).data!.plan.threads;
    expect(resolvedOnly.map((t: { id: string }) => t.id)).toContain(thread.id);
  });

  it("is forbidden to other commenters, approvers and viewers; needs a session; not found across organisations", async () => {
    const thread = await createThread("owner", { body: "Owner's thread" });
    for (const who of ["commenter", "approver", "viewer", "outsider"] as const) {
      expect(await world.as[who].errorCode(RESOLVE, { id: thread.id })).toBe("FORBIDDEN");
      expect(await world.as[who].errorCode(REOPEN, { id: thread.id })).toBe("FORBIDDEN");
    }
    expect(await world.as.anonymous.errorCode(RESOLVE, { id: thread.id })).toBe("UNAUTHENTICATED");
    expect(await world.as.foreigner.errorCode(RESOLVE, { id: thread.id })).toBe("NOT_FOUND");
    expect(await world.as.owner.errorCode(RESOLVE, { id: "nope" })).toBe("NOT_FOUND");
  });
});

describe("editComment / deleteComment", () => {
  it("lets authors edit and delete only their own comments; a deleted comment keeps its place without text", async () => {
    const thread = await createThread("commenter", { body: "First thought" });
    const commentId = thread.comments[0].id;
    for (const who of ["owner", "editor", "approver", "viewer", "outsider"] as const) {
      expect(await world.as[who].errorCode(EDIT, { input: { commentId, body: "hijack" } })).toBe("FORBIDDEN");
      expect(await world.as[who].errorCode(DELETE, { id: commentId })).toBe("FORBIDDEN");
    }
    expect(await world.as.foreigner.errorCode(EDIT, { input: { commentId, body: "hijack" } })).toBe("NOT_FOUND");
    expect(await world.as.anonymous.errorCode(DELETE, { id: commentId })).toBe("UNAUTHENTICATED");
    expect(await world.as.commenter.errorCode(EDIT, { input: { commentId, body: " " } })).toBe("BAD_USER_INPUT");
    const edited = await world.as.commenter.request(EDIT, { input: { commentId, body: "Second thought" } });
    expect(edited.data!.editComment).toMatchObject({ body: "Second thought", editedAt: expect.any(String) });
    expect((await world.as.commenter.request(DELETE, { id: commentId })).data!.deleteComment).toEqual({ id: commentId, body: "", isDeleted: true });
    expect(await world.as.commenter.errorCode(EDIT, { input: { commentId, body: "again" } })).toBe("CONFLICT");
    const comments = (await world.as.viewer.request(THREAD, { id: thread.id })).data!.thread.comments;
    expect(comments).toEqual([expect.objectContaining({ id: commentId, body: "", isDeleted: true })]);
  });
});

describe("thread(id) and plan.threads", () => {
  it("requires a session; non-members are forbidden; another organisation gets NOT_FOUND", async () => {
    const thread = await createThread("owner", { body: "Visible to members" });
    expect(await world.as.anonymous.errorCode(THREAD, { id: thread.id })).toBe("UNAUTHENTICATED");
    expect(await world.as.outsider.errorCode(THREAD, { id: thread.id })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(THREAD, { id: thread.id })).toBe("NOT_FOUND");
    expect(await world.as.foreigner.errorCode(PLAN_THREADS, { id: world.plan.id })).toBe("NOT_FOUND");
    expect(await world.as.outsider.errorCode(PLAN_THREADS, { id: world.plan.id })).toBe("FORBIDDEN");
    expect(await world.as.owner.errorCode(PLAN_THREADS, { id: world.plan.id, filter: { status: "LOST" } })).toBe("BAD_USER_INPUT");
    const mine = (await world.as.approver.request(PLAN_THREADS, { id: world.plan.id, filter: { mine: true } })).data!.plan.threads;
    expect(mine.every((t: { author: { email: string } }) => t.author.email === world.users.approver.email)).toBe(true);
  });
});

describe("notifications", () => {
  it("marks one or all read and only ever touches my own", async () => {
    const thread = await createThread("owner", { body: `@${world.users.viewer.email} FYI` });
    const mine = (await world.as.viewer.request(NOTIFICATIONS, { input: { unreadOnly: true } })).data!;
    expect(mine.notifications[0]).toMatchObject({ kind: "MENTION", thread: { id: thread.id }, comment: { body: `@${world.users.viewer.email} FYI` } });
    const id = mine.notifications[0].id;
    expect((await world.as.owner.request(MARK_READ, { ids: [id] })).data!.markNotificationsRead).toBe(0);
    expect((await world.as.viewer.request(MARK_READ, { ids: [id] })).data!.markNotificationsRead).toBe(1);
    expect((await world.as.viewer.request(NOTIFICATIONS)).data!.unreadNotificationCount).toBe(mine.unreadNotificationCount - 1);
    await world.as.viewer.request(MARK_READ, {});
    expect((await world.as.viewer.request(NOTIFICATIONS)).data!.unreadNotificationCount).toBe(0);
  });

  it("hides notifications about a plan I have left", async () => {
    await createThread("owner", { body: `@${world.users.approver.email} one for you` });
    const count = async () => (await world.as.approver.request(NOTIFICATIONS)).data!.unreadNotificationCount as number;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    const { dataSource } = world.server.db;
    await dataSource.query(`DELETE FROM plan_members WHERE plan_id = $1 AND user_id = $2`, [world.plan.id, world.users.approver.id]);
    try {
      expect(await count()).toBe(0);
      expect((await world.as.approver.request(NOTIFICATIONS)).data!.notifications).toEqual([]);
    } finally {
      await dataSource.query(`INSERT INTO plan_members (plan_id, user_id, role) VALUES ($1, $2, 'APPROVER')`, [world.plan.id, world.users.approver.id]);
    }
    expect(await count()).toBe(before);
  });

  it("requires a session and rejects a bad page size", async () => {
    expect(await world.as.anonymous.errorCode(NOTIFICATIONS)).toBe("UNAUTHENTICATED");
    expect(await world.as.anonymous.errorCode(MARK_READ, {})).toBe("UNAUTHENTICATED");
    expect(await world.as.viewer.errorCode(NOTIFICATIONS, { input: { first: 0 } })).toBe("BAD_USER_INPUT");
    expect(await world.as.viewer.errorCode(MARK_READ, { ids: ["'; DROP TABLE notifications; --"] })).toBe("BAD_USER_INPUT");
    expect(await world.as.viewer.errorCode(MARK_READ, { ids: Array.from({ length: 201 }, () => "00000000-0000-4000-8000-000000000000") })).toBe("BAD_USER_INPUT");
  });
});
