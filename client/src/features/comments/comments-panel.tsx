import { Badge, Button, Chip, Group, Loader, Paper, SegmentedControl, Select, Stack, Text, Title } from "@mantine/core";
import type { SectionMeta } from "@planbridge/plan-schema";
import { IconMessagePlus } from "@tabler/icons-react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { MentionablePerson } from "../../components/mention-textarea";
import type { PlanCommentAbilities } from "./comment-permissions";
import classes from "./comments.module.css";
import type { CommentsController } from "./comments-controller";
import { filterThreads, type StatusFilter, type ThreadFilters } from "./thread-filters";
import { NewThreadForm } from "./new-thread-form";
import { ThreadCard } from "./thread-card";
import { useCommentActions } from "./use-comment-actions";
import { useCommentsControllerState } from "./use-comments-controller";
import type { PlanThreads } from "./use-plan-threads";

interface CommentsPanelProps {
  planId: string;
  myId: string;
  controller: CommentsController;
  threads: PlanThreads;
  sections: readonly SectionMeta[];
  people: readonly MentionablePerson[];
  abilities: PlanCommentAbilities;
}

const STATUS_OPTIONS: { value: StatusFilter; label: string }[] = [
  { value: "OPEN", label: "Open" },
  { value: "RESOLVED", label: "Resolved" },
  { value: "ALL", label: "All" },
];

/** The plan's threads beside the text: filters, the new-thread form, and one card per thread. */
export function CommentsPanel({ planId, myId, controller, threads, sections, people, abilities }: CommentsPanelProps) {
  useCommentsControllerState(controller);
  const [filters, setFilters] = useState<ThreadFilters>({ status: "OPEN", mine: false, orphaned: false, sectionId: null });
  const [isWritingPlanComment, setWritingPlanComment] = useState(false);
  const actions = useCommentActions(planId, threads.reload);
  const draft = controller.getDraft();
  const activeId = controller.getActiveThreadId();
  // An accepted suggestion replaced its quote on purpose: that text is not "deleted".
  const isOrphaned = useCallback(
    (thread: PlanThreads["threads"][number]) =>
      thread.suggestionStatus !== "ACCEPTED" && (thread.isOrphaned || (thread.anchor ? controller.isTextMissing(thread.id, thread.anchor.sectionId) : false)),
    [controller],
  );
  const visible = filterThreads(threads.threads, filters, { myId, isOrphaned, activeId });
  const titles = useMemo(() => new Map(sections.map((s) => [s.id, s.title])), [sections]);
  const cards = useThreadCardFocus(activeId, visible.some((thread) => thread.id === activeId));
  const openCount = threads.threads.filter((t) => t.status === "OPEN").length;

  const closeForm = () => {
    controller.clearDraft();
    setWritingPlanComment(false);
  };
  const submitThread = async (body: string, suggestion: string | undefined) => {
    const id = await actions.createThread(body, draft, suggestion);
    if (id) controller.activate(id);
    return id !== null;
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="comments-title" className={classes.panel} data-testid="comments-panel">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap={8}>
            <Title order={2} size="h5" id="comments-title">
              Comments
            </Title>
            <Badge size="sm" variant="light" aria-label={`${openCount} open threads`}>
              {openCount}
            </Badge>
          </Group>
          {abilities.canComment && !draft && !isWritingPlanComment && (
            <Button size="compact-sm" variant="subtle" leftSection={<IconMessagePlus size={16} />} onClick={() => setWritingPlanComment(true)}>
              On the plan
            </Button>
          )}
        </Group>
        {(draft || isWritingPlanComment) && (
          <NewThreadForm key={draft ? `${draft.kind}:${draft.anchor.start}:${draft.anchor.end}` : "plan"} draft={draft} people={people} onSubmit={submitThread} onCancel={closeForm} />
        )}
        <ThreadFilterBar filters={filters} onChange={setFilters} sections={sections} />
        <Stack gap="xs" className={classes.threadList} aria-label="Threads" role="feed" aria-busy={threads.isLoading}>
          {threads.isLoading && <Loader size="sm" mx="auto" my="md" />}
          {!threads.isLoading && visible.length === 0 && <EmptyThreads filters={filters} canComment={abilities.canComment} />}
          {visible.map((thread) => (
            <ThreadCard
              key={thread.id}
              ref={cards.refFor(thread.id)}
              thread={thread}
              sectionTitle={thread.anchor ? (titles.get(thread.anchor.sectionId) ?? null) : null}
              isActive={thread.id === activeId}
              isOrphaned={isOrphaned(thread)}
              people={people}
              actions={actions}
              onActivate={() => {
                if (thread.id !== activeId) showTextOf(thread.id, thread.anchor?.sectionId);
                controller.activate(thread.id);
              }}
              onShowText={() => showTextOf(thread.id, thread.anchor?.sectionId)}
              onClose={() => controller.activate(null)}
            />
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

/**
 * When a highlight is clicked or a thread was just posted, its card comes into view and takes focus,
 * so the keyboard can go on to reply. A new thread's card appears only once the list reloads.
 */
function useThreadCardFocus(activeId: string | null, isListed: boolean) {
  const elements = useRef(new Map<string, HTMLDivElement>());
  useEffect(() => {
    const card = activeId && isListed ? elements.current.get(activeId) : undefined;
    if (!card || card.contains(document.activeElement)) return;
    card.scrollIntoView({ block: "nearest", behavior: "smooth" });
    // An editor who clicked highlighted text to change it keeps their caret there.
    if (!document.activeElement?.closest('[contenteditable="true"]')) card.focus({ preventScroll: true });
  }, [activeId, isListed]);
  return {
    refFor: (threadId: string) => (element: HTMLDivElement | null) => {
      if (element) elements.current.set(threadId, element);
      else elements.current.delete(threadId);
    },
  };
}

/** Scrolls the plan to a thread's highlight (or its section when the highlight is not drawn). */
function showTextOf(threadId: string, sectionId: string | undefined): void {
  if (!sectionId) return;
  const highlight = document.querySelector(`[data-section-editor="${CSS.escape(sectionId)}"] [data-thread-id="${CSS.escape(threadId)}"]`);
  const target = highlight ?? document.getElementById(`section-${sectionId}`);
  target?.scrollIntoView({ block: "center", behavior: "smooth" });
}

function ThreadFilterBar({ filters, onChange, sections }: { filters: ThreadFilters; onChange(next: ThreadFilters): void; sections: readonly SectionMeta[] }) {
  return (
    <Stack gap={6}>
      <SegmentedControl
        size="xs"
        fullWidth
        data={STATUS_OPTIONS}
        value={filters.status}
        onChange={(status) => onChange({ ...filters, status })}
        aria-label="Thread status"
      />
      <Group gap={6} wrap="nowrap">
        <Chip size="xs" checked={filters.mine} onChange={(mine) => onChange({ ...filters, mine })}>
          Mine
        </Chip>
        <Chip size="xs" checked={filters.orphaned} onChange={(orphaned) => onChange({ ...filters, orphaned })}>
          Text deleted
        </Chip>
        <Select
          size="xs"
          placeholder="All sections"
          aria-label="Section"
          data={sections.map((s) => ({ value: s.id, label: s.title }))}
          value={filters.sectionId}
          onChange={(sectionId) => onChange({ ...filters, sectionId })}
          clearable
          style={{ flex: 1, minWidth: 0 }}
        />
      </Group>
    </Stack>
  );
}

function EmptyThreads({ filters, canComment }: { filters: ThreadFilters; canComment: boolean }) {
  const isFiltered = filters.mine || filters.orphaned || filters.sectionId !== null || filters.status === "RESOLVED";
  return (
    <Text size="sm" c="dimmed" ta="center" py="md">
      {isFiltered ? "No threads match these filters." : canComment ? "No open threads. Select text in the plan to comment on it." : "No open threads."}
    </Text>
  );
}
