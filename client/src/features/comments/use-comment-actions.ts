import { notifications } from "@mantine/notifications";
import { useCallback } from "react";
import { useMutation, type CombinedError } from "urql";
import { describeError, errorCode } from "../../components/graphql-errors";
import {
  AcceptSuggestionMutation,
  CreateThreadMutation,
  DeleteCommentMutation,
  EditCommentMutation,
  RejectSuggestionMutation,
  ReopenThreadMutation,
  ReplyToThreadMutation,
  ResolveThreadMutation,
} from "./comment-documents";
import type { ThreadDraft } from "./comments-controller";

export type AcceptOutcome = "accepted" | "conflict" | "failed";

/** Reports a failed mutation to the person; true when it succeeded. */
function succeeded(title: string, error: CombinedError | undefined): boolean {
  if (!error) return true;
  notifications.show({ color: "red", title, message: describeError(error) });
  return false;
}

/** Every comment mutation of the panel, each resolving to whether it worked (failures are shown). */
export function useCommentActions(planId: string, onChanged: () => void) {
  const [, create] = useMutation(CreateThreadMutation);
  const [, reply] = useMutation(ReplyToThreadMutation);
  const [, edit] = useMutation(EditCommentMutation);
  const [, remove] = useMutation(DeleteCommentMutation);
  const [, resolve] = useMutation(ResolveThreadMutation);
  const [, reopen] = useMutation(ReopenThreadMutation);
  const [, accept] = useMutation(AcceptSuggestionMutation);
  const [, reject] = useMutation(RejectSuggestionMutation);

  const done = useCallback(
    (title: string, error: CombinedError | undefined) => {
      const ok = succeeded(title, error);
      if (ok) onChanged();
      return ok;
    },
    [onChanged],
  );

  return {
    createThread: async (body: string, draft: ThreadDraft | null, suggestion?: string): Promise<string | null> => {
      const result = await create({ input: { planId, body, anchor: draft?.anchor ?? null, suggestion: suggestion ?? null } });
      return done("Couldn't post the comment", result.error) ? (result.data?.createThread.id ?? null) : null;
    },
    reply: async (threadId: string, body: string) => done("Couldn't post the reply", (await reply({ input: { threadId, body } })).error),
    editComment: async (commentId: string, body: string) => done("Couldn't save the comment", (await edit({ input: { commentId, body } })).error),
    deleteComment: async (id: string) => done("Couldn't delete the comment", (await remove({ id })).error),
    resolve: async (id: string) => done("Couldn't resolve the thread", (await resolve({ id })).error),
    reopen: async (id: string) => done("Couldn't reopen the thread", (await reopen({ id })).error),
    /** Without confirmation first: a CONFLICT means the text changed and the person must decide. */
    acceptSuggestion: async (id: string, confirm: boolean): Promise<AcceptOutcome> => {
      const result = await accept({ id, confirm });
      if (!confirm && errorCode(result.error) === "CONFLICT") return "conflict";
      return done("Couldn't accept the suggestion", result.error) ? "accepted" : "failed";
    },
    rejectSuggestion: async (threadId: string, reason: string) =>
      done("Couldn't reject the suggestion", (await reject({ input: { threadId, reason } })).error),
  };
}

export type CommentActions = ReturnType<typeof useCommentActions>;
