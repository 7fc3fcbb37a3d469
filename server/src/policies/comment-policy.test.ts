import { describe, expect, it } from "vitest";
import { COMMENT_ACTIONS, canComment, type CommentAction, type CommentSubject } from "./comment-policy";
import { PlanRole, type Actor } from "./plan-policy";

const actor: Actor = { id: "u1", organizationId: "org", isAdmin: false, isActive: true };
const subject = (role: PlanRole | null, authorId: string | null, isArchived = false): CommentSubject => ({
  organizationId: "org",
  role,
  isArchived,
  authorId,
});

/** Written out by hand from issue 10 / DESIGN.md: a change to the policy must change this too. */
const ON_SOMEONE_ELSES: Record<PlanRole, CommentAction[]> = {
  OWNER: ["thread.view", "thread.create", "thread.reply", "thread.suggest", "thread.resolve", "thread.reopen", "suggestion.accept", "suggestion.reject"],
  EDITOR: ["thread.view", "thread.create", "thread.reply", "thread.suggest", "thread.resolve", "thread.reopen", "suggestion.accept", "suggestion.reject"],
  COMMENTER: ["thread.view", "thread.create", "thread.reply", "thread.suggest"],
  APPROVER: ["thread.view", "thread.create", "thread.reply"],
  VIEWER: ["thread.view"],
};
/** Authors may also close and reopen their own threads and change their own comments. */
const ON_MY_OWN: Record<PlanRole, CommentAction[]> = {
  OWNER: [...ON_SOMEONE_ELSES.OWNER, "comment.edit", "comment.delete"],
  EDITOR: [...ON_SOMEONE_ELSES.EDITOR, "comment.edit", "comment.delete"],
  COMMENTER: [...ON_SOMEONE_ELSES.COMMENTER, "thread.resolve", "thread.reopen", "comment.edit", "comment.delete"],
  APPROVER: [...ON_SOMEONE_ELSES.APPROVER, "thread.resolve", "thread.reopen", "comment.edit", "comment.delete"],
  // A viewer cannot have written anything in this plan; if they did before a downgrade, it is now read-only.
  VIEWER: ["thread.view"],
};

describe("comment policy: role x action matrix", () => {
  for (const role of Object.values(PlanRole)) {
    for (const action of COMMENT_ACTIONS) {
      const onOthers = ON_SOMEONE_ELSES[role].includes(action);
      it(`${role} ${onOthers ? "may" : "may not"} ${action} on someone else's thread or comment`, () => {
        expect(canComment(actor, action, subject(role, "someone-else"))).toBe(onOthers);
      });
      const onOwn = ON_MY_OWN[role].includes(action);
      it(`${role} ${onOwn ? "may" : "may not"} ${action} on their own thread or comment`, () => {
        expect(canComment(actor, action, subject(role, actor.id))).toBe(onOwn);
      });
    }
  }

  it("denies everything to a non-member, even an organisation admin writing as author", () => {
    for (const action of COMMENT_ACTIONS) expect(canComment({ ...actor, isAdmin: true }, action, subject(null, actor.id))).toBe(false);
  });

  it("denies everything on another organisation's plan and to a deactivated user", () => {
    for (const action of COMMENT_ACTIONS) {
      expect(canComment(actor, action, { ...subject(PlanRole.OWNER, actor.id), organizationId: "other" })).toBe(false);
      expect(canComment({ ...actor, isActive: false }, action, subject(PlanRole.OWNER, actor.id))).toBe(false);
    }
  });

  it("makes an archived plan's threads read-only, even for their authors and owners", () => {
    const allowed = COMMENT_ACTIONS.filter((action) => canComment(actor, action, subject(PlanRole.OWNER, actor.id, true)));
    expect(allowed).toEqual(["thread.view"]);
  });
});
