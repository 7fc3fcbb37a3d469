import { Button, Group, Stack } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { MentionTextarea, type MentionablePerson } from "../../components/mention-textarea";
import { formatMention } from "./mentions";

interface CommentComposerProps {
  label: string;
  placeholder?: string;
  submitLabel: string;
  people: readonly MentionablePerson[];
  initialValue?: string;
  autoFocus?: boolean;
  /** Resolves true when the comment was saved, so the box empties; false keeps the text for a retry. */
  onSubmit(body: string): Promise<boolean>;
  onCancel?(): void;
}

/** A comment box: @ offers plan members, Ctrl/Cmd+Enter sends, Escape cancels. */
export function CommentComposer({ label, placeholder, submitLabel, people, initialValue = "", autoFocus, onSubmit, onCancel }: CommentComposerProps) {
  const [body, setBody] = useState(initialValue);
  const [isSaving, setSaving] = useState(false);
  const canSend = body.trim().length > 0 && !isSaving;

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!canSend) return;
    setSaving(true);
    const saved = await onSubmit(body.trim());
    setSaving(false);
    if (saved) setBody("");
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <Stack gap={6}>
        <MentionTextarea
          aria-label={label}
          placeholder={placeholder}
          size="sm"
          minRows={2}
          maxRows={8}
          value={body}
          onChange={setBody}
          people={people}
          formatMention={formatMention}
          onSubmit={() => void submit()}
          onCancel={onCancel}
          data-autofocus={autoFocus || undefined}
          autoFocus={autoFocus}
        />
        <Group justify="flex-end" gap="xs">
          {onCancel && (
            <Button size="compact-sm" variant="subtle" color="gray" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button size="compact-sm" type="submit" disabled={!canSend} loading={isSaving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
