import { Badge, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconCheck, IconX } from "@tabler/icons-react";
import { useState, type FormEvent } from "react";
import { ConfirmModal } from "../../components/confirm-modal";
import { SuggestionDiff } from "./suggestion-diff";
import type { CommentActions } from "./use-comment-actions";
import type { PlanThread } from "./use-plan-threads";

const DECISION_LABELS = {
  PENDING: { label: "Suggested edit", color: "grape" },
  ACCEPTED: { label: "Accepted", color: "teal" },
  REJECTED: { label: "Rejected", color: "red" },
} as const;

/** A suggested replacement as a diff against the quote, with Accept / Reject for editors. */
export function SuggestionBlock({ thread, actions }: { thread: PlanThread; actions: CommentActions }) {
  const [isRejecting, rejecting] = useDisclosure(false);
  const [isConfirming, confirming] = useDisclosure(false);
  const [isAccepting, setAccepting] = useState(false);
  if (thread.suggestion === null || thread.suggestion === undefined) return null;
  const status = thread.suggestionStatus ?? "PENDING";
  const isPending = status === "PENDING";

  const accept = async (confirm: boolean) => {
    setAccepting(true);
    const outcome = await actions.acceptSuggestion(thread.id, confirm);
    setAccepting(false);
    if (outcome === "conflict") confirming.open();
  };

  return (
    <Stack gap={6}>
      <Group gap={6}>
        <Badge size="sm" variant="light" color={DECISION_LABELS[status].color}>
          {DECISION_LABELS[status].label}
        </Badge>
      </Group>
      <SuggestionDiff before={thread.quote ?? ""} after={thread.suggestion} />
      {status === "REJECTED" && thread.rejectionReason && (
        <Text size="xs" c="dimmed">
          Reason: {thread.rejectionReason}
        </Text>
      )}
      {isPending && (thread.viewerCan.acceptSuggestion || thread.viewerCan.rejectSuggestion) && (
        <Group gap="xs">
          {thread.viewerCan.acceptSuggestion && (
            <Button size="compact-sm" color="teal" leftSection={<IconCheck size={14} />} loading={isAccepting} onClick={() => void accept(false)}>
              Accept
            </Button>
          )}
          {thread.viewerCan.rejectSuggestion && (
            <Button size="compact-sm" variant="default" leftSection={<IconX size={14} />} onClick={rejecting.open}>
              Reject
            </Button>
          )}
        </Group>
      )}
      <RejectModal opened={isRejecting} onClose={rejecting.close} onReject={(reason) => actions.rejectSuggestion(thread.id, reason)} />
      <ConfirmModal
        opened={isConfirming}
        title="The text has changed"
        message="Someone edited this text after the suggestion was made. Accepting replaces the text as it is now with the suggestion."
        confirmLabel="Replace anyway"
        onConfirm={() => void accept(true)}
        onClose={confirming.close}
      />
    </Stack>
  );
}

function RejectModal({ opened, onClose, onReject }: { opened: boolean; onClose(): void; onReject(reason: string): Promise<boolean> }) {
  const [reason, setReason] = useState("");
  const [isSaving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const done = await onReject(reason.trim());
    setSaving(false);
    if (!done) return;
    setReason("");
    onClose();
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Reject this suggestion" centered>
      <form onSubmit={(event) => void submit(event)}>
        <Stack>
          <Textarea
            label="Why not?"
            description="The person who suggested it sees this."
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            data-autofocus
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" disabled={!reason.trim()} loading={isSaving}>
              Reject suggestion
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
