import { Badge, Button, Divider, Group, Stack, Text, UnstyledButton } from "@mantine/core";
import { IconCheck, IconRotate } from "@tabler/icons-react";
import { forwardRef, type KeyboardEvent } from "react";
import type { MentionablePerson } from "../../components/mention-textarea";
import { CommentComposer } from "./comment-composer";
import { CommentItem } from "./comment-item";
import classes from "./comments.module.css";
import { SuggestionBlock } from "./suggestion-block";
import type { CommentActions } from "./use-comment-actions";
import type { PlanThread } from "./use-plan-threads";

interface ThreadCardProps {
  thread: PlanThread;
  sectionTitle: string | null;
  isActive: boolean;
  /** The server or this browser's editor says the anchored text is gone. */
  isOrphaned: boolean;
  people: readonly MentionablePerson[];
  actions: CommentActions;
  onActivate(): void;
  onShowText(): void;
  onClose(): void;
}

/** One thread in the panel: what it is about, the conversation, and what the viewer may do with it. */
export const ThreadCard = forwardRef<HTMLDivElement, ThreadCardProps>(function ThreadCard(props, ref) {
  const { thread, isActive, people, actions, onActivate, onClose } = props;
  const isResolved = thread.status === "RESOLVED";
  const [opening, ...replies] = thread.comments;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Escape" || !isActive || event.defaultPrevented) return;
    event.stopPropagation();
    // The reply box is about to go: keep the keyboard on this thread rather than losing it to the page.
    event.currentTarget.focus();
    onClose();
  };
  return (
    <div
      ref={ref}
      className={classes.thread}
      data-active={isActive || undefined}
      data-resolved={isResolved || undefined}
      data-testid="thread"
      data-thread-id={thread.id}
      role="article"
      aria-label={`Thread by ${thread.author.name}${thread.quote ? ` on "${thread.quote}"` : ""}`}
      tabIndex={-1}
      // Mouse: activate on click, after the clicked button did its job (activating on mousedown re-lays
      // out the list under the pointer). Keyboard: activate as focus enters the thread.
      onClick={onActivate}
      onFocus={(event) => event.target !== event.currentTarget && event.target.matches(":focus-visible") && onActivate()}
      onKeyDown={onKeyDown}
    >
      <Stack gap="xs" p="sm">
        <ThreadContext {...props} />
        <SuggestionBlock thread={thread} actions={actions} />
        {opening && <CommentItem comment={opening} people={people} actions={actions} />}
        {replies.length > 0 && <Divider variant="dashed" />}
        {replies.map((comment) => (
          <CommentItem key={comment.id} comment={comment} people={people} actions={actions} />
        ))}
        {isResolved && (
          <Text size="xs" c="dimmed">
            Resolved{thread.resolvedBy ? ` by ${thread.resolvedBy.name}` : ""}
          </Text>
        )}
        {isActive && thread.viewerCan.reply && !isResolved && (
          <CommentComposer label={`Reply to ${thread.author.name}`} placeholder="Reply… (@ to mention)" submitLabel="Reply" people={people} onSubmit={(body) => actions.reply(thread.id, body)} />
        )}
        <ThreadActions thread={thread} actions={actions} />
      </Stack>
    </div>
  );
});

/** The quoted text (a button that scrolls to it), or the quote of deleted text, or "whole plan". */
function ThreadContext({ thread, sectionTitle, isOrphaned, onShowText }: ThreadCardProps) {
  const badges = (
    <Group gap={6}>
      {sectionTitle && (
        <Text size="xs" c="dimmed" truncate maw={200}>
          {sectionTitle}
        </Text>
      )}
      {thread.status === "RESOLVED" && (
        <Badge size="xs" color="teal" variant="light">
          Resolved
        </Badge>
      )}
      {isOrphaned && (
        <Badge size="xs" color="gray" variant="light">
          Text deleted
        </Badge>
      )}
    </Group>
  );
  if (!thread.quote) {
    return (
      <Group gap={6}>
        <Badge size="xs" variant="outline" color="indigo">
          Whole plan
        </Badge>
        {thread.status === "RESOLVED" && (
          <Badge size="xs" color="teal" variant="light">
            Resolved
          </Badge>
        )}
      </Group>
    );
  }
  if (isOrphaned) {
    return (
      <Stack gap={4}>
        {badges}
        <div className={classes.quote} data-orphaned>
          {thread.quote}
        </div>
      </Stack>
    );
  }
  return (
    <Stack gap={4}>
      {badges}
      <UnstyledButton className={classes.quoteButton} onClick={onShowText} aria-label={`Show the text "${thread.quote}" in the plan`}>
        <div className={classes.quote}>{thread.quote}</div>
      </UnstyledButton>
    </Stack>
  );
}

function ThreadActions({ thread, actions }: { thread: PlanThread; actions: CommentActions }) {
  const isResolved = thread.status === "RESOLVED";
  if (!isResolved && thread.viewerCan.resolve) {
    return (
      <Group justify="flex-end">
        <Button size="compact-sm" variant="light" color="teal" leftSection={<IconCheck size={14} />} onClick={() => void actions.resolve(thread.id)}>
          Resolve
        </Button>
      </Group>
    );
  }
  if (isResolved && thread.viewerCan.reopen) {
    return (
      <Group justify="flex-end">
        <Button size="compact-sm" variant="subtle" color="gray" leftSection={<IconRotate size={14} />} onClick={() => void actions.reopen(thread.id)}>
          Reopen
        </Button>
      </Group>
    );
  }
  return null;
}
