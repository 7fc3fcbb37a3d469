/** Limits on comments and the read-only archived plan: clear BAD_USER_INPUT / FORBIDDEN, nothing stored. */
import { afterEach, describe, expect, it } from "vitest";
import { COMMENT_LIMITS, type CommentLimits } from "@planbridge/plan-schema";
import { createCommentWorld, type CommentWorld } from "../../test-support/comment-world";

const CREATE = `mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }`;
const REPLY = `mutation($input: ReplyToThreadInput!) { replyToThread(input: $input) { id } }`;
const COUNTS = `query($id: ID!) { plan(id: $id) { threads { id comments { id } } } }`;

let world: CommentWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function worldWith(limits: Partial<CommentLimits>): Promise<CommentWorld> {
  world = await createCommentWorld({ ...COMMENT_LIMITS, ...limits });
  return world;
}

async function counts(w: CommentWorld) {
  const threads = (await w.as.owner.request(COUNTS, { id: w.plan.id })).data!.plan.threads as { comments: unknown[] }[];
  return { threads: threads.length, comments: threads.reduce((sum, thread) => sum + thread.comments.length, 0) };
}

describe("comment limits", () => {
  it("caps threads per plan, comments per thread and comments per user per minute", async () => {
    const w = await worldWith({ maxThreadsPerPlan: 2, maxCommentsPerThread: 2, commentsPerMinute: 4 });
    const first = (await w.as.owner.request(CREATE, { input: { planId: w.plan.id, body: "one" } })).data!.createThread.id;
    await w.as.editor.request(CREATE, { input: { planId: w.plan.id, body: "two" } });
    const tooMany = await w.as.commenter.request(CREATE, { input: { planId: w.plan.id, body: "three" } });
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringContaining("reached 2 threads") });

    await w.as.editor.request(REPLY, { input: { threadId: first, body: "reply" } });
    const tooLong = await w.as.editor.request(REPLY, { input: { threadId: first, body: "another" } });
    expect(tooLong.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringContaining("reached 2 comments") });
    expect(await counts(w)).toEqual({ threads: 2, comments: 3 });
  });

  it("limits how fast one person can post", async () => {
    const w = await worldWith({ commentsPerMinute: 3 });
    for (const body of ["a", "b", "c"]) expect((await w.as.commenter.request(CREATE, { input: { planId: w.plan.id, body } })).errors).toBeUndefined();
    const fourth = await w.as.commenter.request(CREATE, { input: { planId: w.plan.id, body: "d" } });
    expect(fourth.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringContaining("at most 3 comments a minute") });
    expect((await w.as.editor.request(CREATE, { input: { planId: w.plan.id, body: "others still can" } })).errors).toBeUndefined();
    expect(await counts(w)).toEqual({ threads: 4, comments: 4 });
  });

  it("caps body and suggestion length", async () => {
    const w = await worldWith({ maxBodyLength: 20, maxSuggestionLength: 5 });
    const long = await w.as.owner.request(CREATE, { input: { planId: w.plan.id, body: "x".repeat(21) } });
    expect(long.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: "A comment can have at most 20 characters." });
    const anchor = await w.anchor("80 points");
    const suggestion = await w.as.owner.request(CREATE, { input: { planId: w.plan.id, body: "x", anchor, suggestion: "123456" } });
    expect(suggestion.errors?.[0]?.message).toBe("A suggested edit can have at most 5 characters.");
    expect(await counts(w)).toEqual({ threads: 0, comments: 0 });
  });
});

describe("archived plans", () => {
  it("keep their threads readable but refuse every change, even to owners and authors", async () => {
    const w = await worldWith({});
    const thread = (await w.as.commenter.request(CREATE, { input: { planId: w.plan.id, body: "before archiving" } })).data!.createThread.id;
    expect((await w.as.owner.request(`mutation($planId: ID!) { archivePlan(planId: $planId) { status } }`, { planId: w.plan.id })).errors).toBeUndefined();
    const created = await w.as.owner.request(CREATE, { input: { planId: w.plan.id, body: "after" } });
    expect(created.errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" }, message: expect.stringContaining("archived") });
    expect(await w.as.commenter.errorCode(REPLY, { input: { threadId: thread, body: "more" } })).toBe("FORBIDDEN");
    expect(await w.as.commenter.errorCode(`mutation($id: ID!) { resolveThread(id: $id) { id } }`, { id: thread })).toBe("FORBIDDEN");
    const read = await w.as.viewer.request(`query($id: ID!) { thread(id: $id) { comments { body } viewerCan { reply resolve edit } } }`, { id: thread });
    expect(read.data!.thread).toEqual({ comments: [{ body: "before archiving" }], viewerCan: { reply: false, resolve: false, edit: false } });
    expect(await counts(w)).toEqual({ threads: 1, comments: 1 });
  });
});
