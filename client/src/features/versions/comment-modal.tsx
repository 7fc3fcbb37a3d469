import { Button, Group, Modal, Stack, Textarea } from "@mantine/core";
import { useState } from "react";

interface CommentModalProps {
  opened: boolean;
  title: string;
  label: string;
  confirmLabel: string;
  isSaving: boolean;
  onClose(): void;
  /** Resolves true when the comment was recorded (the modal then closes and clears). */
  onSubmit(comment: string): Promise<boolean>;
}

/** Asking for changes always says what to change: a decision with a required comment. */
export function CommentModal({ opened, title, label, confirmLabel, isSaving, onClose, onSubmit }: CommentModalProps) {
  const [comment, setComment] = useState("");
  const submit = async () => {
    if (!(await onSubmit(comment.trim()))) return;
    setComment("");
    onClose();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack>
        <Textarea label={label} autosize minRows={3} value={comment} onChange={(e) => setComment(e.currentTarget.value)} maxLength={2000} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="orange" onClick={() => void submit()} loading={isSaving} disabled={!comment.trim()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
