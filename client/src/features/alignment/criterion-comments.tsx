import { Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { IconCheck, IconMessagePlus, IconRotate } from "@tabler/icons-react";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { RelativeTime } from "../../components/relative-time";
import type { CriterionThreadFieldsFragment } from "../../gql/graphql";
import { CommentOnCriterionMutation, ReopenCriterionThreadMutation, ReplyOnCriterionMutation, ResolveCriterionThreadMutation } from "./alignment-documents";
import { succeeded } from "./run-mutation";

interface CriterionRow {
  id: string;
  label: string;
}

interface CriterionCommentsProps {
  planId: string;
  criteria: readonly CriterionRow[];
  threads: readonly CriterionThreadFieldsFragment[];
  canComment: boolean;
  onChanged(): void;
}

/** The field's questions about each line of the rubric: plan comment threads tied to one criterion. */
export function CriterionComments({ planId, criteria, threads, canComment, onChanged }: CriterionCommentsProps) {
  if (criteria.length === 0) return null;
  return (
    <Paper withBorder p="md" data-testid="criterion-comments">
      <Title order={2} size="h4" mb="xs">
        Comments on criteria
      </Title>
      <Stack gap="sm">
        {criteria.map((criterion) => (
          <CriterionBlock
            key={criterion.id}
            planId={planId}
            criterion={criterion}
            threads={threads.filter((thread) => thread.criterionId === criterion.id)}
            canComment={canComment}
            onChanged={onChanged}
          />
        ))}
      </Stack>
    </Paper>
  );
}

function CriterionBlock({ planId, criterion, threads, canComment, onChanged }: { planId: string; criterion: CriterionRow; threads: readonly CriterionThreadFieldsFragment[]; canComment: boolean; onChanged(): void }) {
  const [isWriting, setWriting] = useState(false);
  const [, comment] = useMutation(CommentOnCriterionMutation);
  const send = async (body: string) => {
    const saved = await succeeded(comment({ input: { planId, criterionId: criterion.id, body } }), "Couldn't comment");
    if (saved) {
      setWriting(false);
      onChanged();
    }
    return saved;
  };
  return (
    <Stack gap={6} data-testid="criterion-thread-group" data-criterion={criterion.label} role="group" aria-label={`Comments on ${criterion.label}`}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {criterion.label}{" "}
          <Text span size="xs" c="dimmed">
            ({threads.length === 1 ? "1 thread" : `${threads.length} threads`})
          </Text>
        </Text>
        {canComment && !isWriting && (
          <Button size="compact-sm" variant="subtle" leftSection={<IconMessagePlus size={14} />} onClick={() => setWriting(true)} aria-label={`Comment on ${criterion.label}`}>
            Comment
          </Button>
        )}
      </Group>
      {isWriting && <TextForm label={`Comment on ${criterion.label}`} submitLabel="Send" onSubmit={send} onCancel={() => setWriting(false)} />}
      {threads.map((thread) => (
        <CriterionThread key={thread.id} thread={thread} onChanged={onChanged} />
      ))}
    </Stack>
  );
}

function CriterionThread({ thread, onChanged }: { thread: CriterionThreadFieldsFragment; onChanged(): void }) {
  const [isReplying, setReplying] = useState(false);
  const [, reply] = useMutation(ReplyOnCriterionMutation);
  const [, resolve] = useMutation(ResolveCriterionThreadMutation);
  const [, reopen] = useMutation(ReopenCriterionThreadMutation);
  const isResolved = thread.status === "RESOLVED";
  const act = async (run: Promise<{ error?: import("urql").CombinedError }>, failure: string) => {
    const done = await succeeded(run, failure);
    if (done) onChanged();
    return done;
  };
  return (
    <Paper withBorder p="xs" radius="sm" bg={isResolved ? "gray.0" : undefined} data-testid="criterion-thread" data-thread-id={thread.id} role="article" aria-label={`Thread by ${thread.author.name}`}>
      <Stack gap={4}>
        {thread.comments.map((comment) => (
          <div key={comment.id}>
            <Text size="xs" c="dimmed">
              {comment.author.name}, <RelativeTime iso={comment.createdAt} />
            </Text>
            <Text size="sm" data-testid="criterion-comment-body" style={{ whiteSpace: "pre-wrap" }}>
              {comment.isDeleted ? <i>Comment deleted</i> : comment.body}
            </Text>
          </div>
        ))}
        <Group gap="xs">
          {isResolved && <Badge color="gray" size="sm">Resolved</Badge>}
          {!isResolved && thread.viewerCan.reply && !isReplying && (
            <Button size="compact-xs" variant="subtle" onClick={() => setReplying(true)}>
              Reply
            </Button>
          )}
          {!isResolved && thread.viewerCan.resolve && (
            <Button size="compact-xs" variant="subtle" leftSection={<IconCheck size={12} />} onClick={() => void act(resolve({ id: thread.id }), "Couldn't resolve")}>
              Resolve
            </Button>
          )}
          {isResolved && thread.viewerCan.reopen && (
            <Button size="compact-xs" variant="subtle" leftSection={<IconRotate size={12} />} onClick={() => void act(reopen({ id: thread.id }), "Couldn't reopen")}>
              Reopen
            </Button>
          )}
        </Group>
        {isReplying && (
          <TextForm
            label="Reply"
            submitLabel="Reply"
            onSubmit={async (body) => {
              const done = await act(reply({ input: { threadId: thread.id, body } }), "Couldn't reply");
              if (done) setReplying(false);
              return done;
            }}
            onCancel={() => setReplying(false)}
          />
        )}
      </Stack>
    </Paper>
  );
}

function TextForm({ label, submitLabel, onSubmit, onCancel }: { label: string; submitLabel: string; onSubmit(body: string): Promise<boolean>; onCancel(): void }) {
  const [body, setBody] = useState("");
  const [isSaving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim().length === 0 || isSaving) return;
    setSaving(true);
    const saved = await onSubmit(body.trim());
    setSaving(false);
    if (saved) setBody("");
  };
  return (
    <form onSubmit={(event) => void submit(event)}>
      <Stack gap={4}>
        <Textarea aria-label={label} placeholder={label} autosize minRows={2} value={body} onChange={(event) => setBody(event.currentTarget.value)} autoFocus />
        <Group gap="xs" justify="flex-end">
          <Button size="compact-sm" variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button size="compact-sm" type="submit" loading={isSaving} disabled={body.trim().length === 0}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
