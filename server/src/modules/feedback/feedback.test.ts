/**
 * Feedback calls over real HTTP, PostgreSQL and SMTP: the agenda holds exactly the plan's open items when it
 * is generated, participants are told in the app and by mail, and closing an action item linked to a thread
 * resolves the thread with a reply naming the session. Plus who may do what, and bad input.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createCouncilWorld, type CouncilWorld } from "../../test-support/council-world";
import { TacticReviewState } from "../signoff/signoff-states";

const CREATE = `mutation($input: CreateFeedbackSessionInput!) {
  createFeedbackSession(input: $input) { id agenda { kind threadId title position } participants { email kind region } }
}`;
const ADD_ACTION = `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id threadId isDone owner { email } } }`;
const CLOSE_ACTION = `mutation($id: ID!) { closeActionItem(id: $id) { id isDone closedAt } }`;
const THREAD = `query($id: ID!) { thread(id: $id) { status resolvedBy { email } comments { body } } }`;

let world: CouncilWorld;
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();
beforeAll(async () => {
  world = await createCouncilWorld();
});
afterAll(() => world.close());

describe("createFeedbackSession", () => {
  it("builds the agenda from exactly the plan's open items at that moment, busiest and oldest threads first", async () => {
    const { comments, versions, tacticReviews } = world.server.server.services;
    const { owner, rep, editor, councillor } = world.users;
    const quiet = await comments.createThread(owner, { planId: world.plan.id, body: "Who owns the partner list?" });
    const busy = await comments.createThread(rep, { planId: world.plan.id, body: "80 points is too low for Texas.", anchor: await world.anchor("80 points") });
    await comments.reply(editor, busy.id, "Pulling last quarter's numbers.");
    await comments.reply(owner, busy.id, "Let's take it to the council.");
    const closed = await comments.createThread(rep, { planId: world.plan.id, body: "Typo in the summary." });
    await comments.resolve(rep, closed.id);
    const version = await versions.cut(owner, world.plan.id);
    await tacticReviews.review(councillor, version.id, world.firstTacticId, TacticReviewState.CHANGES_NEEDED, "Add an EMEA partner.");

    const response = await world.as.owner.request(CREATE, { input: { planId: world.plan.id, scheduledAt: tomorrow() } });
    expect(response.errors).toBeUndefined();
    const session = response.data!.createFeedbackSession;
    const threads = session.agenda.filter((item: { kind: string }) => item.kind === "OPEN_THREAD").map((item: { threadId: string }) => item.threadId);
    expect(threads).toEqual([busy.id, quiet.id]);
    expect(threads).not.toContain(closed.id);
    expect(session.agenda.map((item: { kind: string }) => item.kind)).toEqual(["OPEN_THREAD", "OPEN_THREAD", "TACTIC_REVIEW"]);
    expect(session.agenda.map((item: { position: number }) => item.position)).toEqual([1, 2, 3]);
    expect(session.agenda[0].title).toBe("Rita Rep: 80 points is too low for Texas.");
    // Marketing stands on every call; the rotation brings the one regional council member.
    expect(session.participants).toEqual(
      expect.arrayContaining([
        { email: owner.email, kind: "STANDING", region: null },
        { email: editor.email, kind: "STANDING", region: null },
        { email: councillor.email, kind: "ROTATION", region: "EMEA" },
      ]),
    );
    expect(session.participants).toHaveLength(3);

    // A thread opened after the agenda was generated stays off it.
    await comments.createThread(rep, { planId: world.plan.id, body: "Late question." });
    const again = await world.as.editor.request(`query($id: ID!) { feedbackSession(id: $id) { agenda { threadId } } }`, { id: session.id });
    expect(again.data!.feedbackSession.agenda).toHaveLength(3);
  });

  it("sends the agenda in advance: an in-app notice and one mail to every participant but the organiser", async () => {
    const before = world.sink.mails.length;
    const { data } = await world.as.owner.request(CREATE, { input: { planId: world.plan.id, scheduledAt: tomorrow() } });
    await vi.waitFor(() => expect(world.sink.mails.length).toBe(before + 1));
    const mail = world.sink.mails.at(-1)!;
    expect(mail.envelopeTo.sort()).toEqual([world.users.editor.email, world.users.councillor.email].sort());
    expect(mail.subject).toContain("Agenda: FY27 council plan feedback call");
    expect(mail.html).toContain("Rita Rep: 80 points is too low for Texas.");
    expect(mail.text).toContain(`https://plans.acme.test/plans/${world.plan.id}/feedback/${data!.createFeedbackSession.id}`);
    const notices = await world.as.councillor.request(`{ notifications { kind feedbackSessionId thread { id } } }`);
    expect(notices.data!.notifications).toContainEqual({ kind: "FEEDBACK_AGENDA", feedbackSessionId: data!.createFeedbackSession.id, thread: null });
  });

  it("refuses the signed out, field reps and other organisations, and says what is wrong with bad input", async () => {
    const input = { planId: world.plan.id, scheduledAt: tomorrow() };
    expect((await world.as.anonymous.request(CREATE, { input })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect((await world.as.rep.request(CREATE, { input })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await world.as.foreigner.request(CREATE, { input })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const notADate = await world.as.owner.request(CREATE, { input: { ...input, scheduledAt: "next tuesday" } });
    expect(notADate.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(notADate.errors?.[0].message).toMatch(/ISO 8601/);
    const farAway = await world.as.owner.request(CREATE, { input: { ...input, scheduledAt: "2099-01-01T10:00:00Z" } });
    expect(farAway.errors?.[0].message).toMatch(/within the next two years/);
  });
});

describe("action items", () => {
  it("closing an item linked to a thread resolves the thread with a reply naming the session", async () => {
    const { comments } = world.server.server.services;
    const thread = await comments.createThread(world.users.rep, { planId: world.plan.id, body: "Can inside sales call trial sign-ups within a day?" });
    const { data } = await world.as.owner.request(CREATE, { input: { planId: world.plan.id, scheduledAt: tomorrow() } });
    const sessionId = data!.createFeedbackSession.id as string;
    expect(data!.createFeedbackSession.agenda.map((item: { threadId: string | null }) => item.threadId)).toContain(thread.id);

    const added = await world.as.owner.request(ADD_ACTION, {
      input: { sessionId, title: "Agree a one-day call-back with inside sales", ownerId: world.users.editor.id, dueOn: "2026-12-15", threadId: thread.id },
    });
    expect(added.errors).toBeUndefined();
    const itemId = added.data!.addActionItem.id as string;
    // A field rep cannot close marketing's item; the owner of the item (the editor) can.
    expect((await world.as.rep.request(CLOSE_ACTION, { id: itemId })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const closed = await world.as.editor.request(CLOSE_ACTION, { id: itemId });
    expect(closed.data!.closeActionItem.isDone).toBe(true);

    const after = (await world.as.rep.request(THREAD, { id: thread.id })).data!.thread;
    expect(after.status).toBe("RESOLVED");
    expect(after.resolvedBy.email).toBe(world.users.editor.email);
    expect(after.comments.at(-1).body).toContain("Resolved in the feedback call of");
    expect(after.comments.at(-1).body).toContain(`/feedback/${sessionId}`);
    // Closing again changes nothing.
    expect((await world.as.owner.request(CLOSE_ACTION, { id: itemId })).data!.closeActionItem.isDone).toBe(true);
  });

  it("checks owners, dates and threads", async () => {
    const { data } = await world.as.owner.request(CREATE, { input: { planId: world.plan.id, scheduledAt: tomorrow() } });
    const sessionId = data!.createFeedbackSession.id as string;
    const base = { sessionId, title: "Follow up", ownerId: world.users.editor.id, dueOn: "2026-12-15" };
    const outsider = await world.as.owner.request(ADD_ACTION, { input: { ...base, ownerId: world.users.outsider.id } });
    expect(outsider.errors?.[0].message).toBe("An action item's owner must be a member of the plan.");
    const badDay = await world.as.owner.request(ADD_ACTION, { input: { ...base, dueOn: "2026-02-30" } });
    expect(badDay.errors?.[0].message).toBe("The due date is a date written YYYY-MM-DD, such as 2026-12-01.");
    const blank = await world.as.owner.request(ADD_ACTION, { input: { ...base, title: "   " } });
    expect(blank.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const rep = await world.as.rep.request(ADD_ACTION, { input: base });
    expect(rep.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
