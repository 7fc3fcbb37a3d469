import { Button, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { MentionTextarea, type MentionablePerson } from "../../components/mention-textarea";
import classes from "./comments.module.css";
import type { ThreadDraft } from "./comments-controller";
import { formatMention } from "./mentions";
import { SuggestionDiff } from "./suggestion-diff";

interface NewThreadFormProps {
  /** The selected text, or null for a comment on the whole plan. */
  draft: ThreadDraft | null;
  people: readonly MentionablePerson[];
  onSubmit(body: string, suggestion: string | undefined): Promise<boolean>;
  onCancel(): void;
}

/** Writing a new thread: the quote it is about, an optional replacement (suggestions), the comment. */
export function NewThreadForm({ draft, people, onSubmit, onCancel }: NewThreadFormProps) {
  const isSuggestion = draft?.kind === "suggestion";
  const [body, setBody] = useState("");
  const [replacement, setReplacement] = useState(draft?.anchor.quote ?? "");
  const [isSaving, setSaving] = useState(false);
  const isChanged = !isSuggestion || replacement !== draft.anchor.quote;
  const canSend = body.trim().length > 0 && isChanged && !isSaving;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!canSend) return;
    setSaving(true);
    const saved = await onSubmit(body.trim(), isSuggestion ? replacement : undefined);
    setSaving(false);
    if (saved) onCancel();
  };

  const title = isSuggestion ? "Suggest an edit" : draft ? "New comment" : "Comment on the whole plan";
  return (
    <Paper withBorder p="sm" radius="md" bg="gray.0" data-testid="new-thread-form">
      <form onSubmit={(event) => void submit(event)} onKeyDown={(event) => event.key === "Escape" && !event.defaultPrevented && onCancel()}>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {title}
          </Text>
          {draft && <div className={classes.quote}>{draft.anchor.quote}</div>}
          {isSuggestion && (
            <>
              <Textarea
                label="Replace with"
                size="sm"
                autosize
                minRows={2}
                value={replacement}
                onChange={(event) => setReplacement(event.currentTarget.value)}
                data-autofocus
                autoFocus
              />
              {isChanged && <SuggestionDiff before={draft.anchor.quote} after={replacement} />}
            </>
          )}
          <MentionTextarea
            aria-label={isSuggestion ? "Why this change" : "Comment"}
            placeholder={isSuggestion ? "Why this change? (@ to mention)" : "Add a comment… (@ to mention)"}
            size="sm"
            minRows={2}
            maxRows={8}
            value={body}
            onChange={setBody}
            people={people}
            formatMention={formatMention}
            onSubmit={() => void submit()}
            onCancel={onCancel}
            autoFocus={!isSuggestion}
          />
          <Group justify="flex-end" gap="xs">
            <Button size="compact-sm" variant="subtle" color="gray" onClick={onCancel}>
              Cancel
            </Button>
            <Button size="compact-sm" type="submit" disabled={!canSend} loading={isSaving}>
              {isSuggestion ? "Suggest" : "Comment"}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
