import { ActionIcon, Group, Menu, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconDots, IconPencil, IconTrash } from "@tabler/icons-react";
import { ConfirmModal } from "../../components/confirm-modal";
import type { MentionablePerson } from "../../components/mention-textarea";
import { RelativeTime } from "../../components/relative-time";
import { UserAvatar } from "../../components/user-avatar";
import { CommentBody } from "./comment-body";
import { CommentComposer } from "./comment-composer";
import type { CommentActions } from "./use-comment-actions";
import type { ThreadComment } from "./use-plan-threads";

interface CommentItemProps {
  comment: ThreadComment;
  people: readonly MentionablePerson[];
  actions: CommentActions;
}

/** One message: who, when, the text; its author may edit or delete it. */
export function CommentItem({ comment, people, actions }: CommentItemProps) {
  const [isEditing, editing] = useDisclosure(false);
  const [isConfirming, confirming] = useDisclosure(false);
  const { author } = comment;
  const canChange = !comment.isDeleted && (comment.viewerCan.edit || comment.viewerCan.delete);
  return (
    <Stack gap={4} data-testid="comment" data-comment-id={comment.id}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
          <UserAvatar name={author.name} color={author.color} size={24} />
          <Text size="sm" fw={600} truncate>
            {author.name}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
            <RelativeTime iso={comment.createdAt} />
            {comment.editedAt && " · edited"}
          </Text>
        </Group>
        {canChange && !isEditing && (
          <Menu position="bottom-end" shadow="md">
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Actions for ${author.name}'s comment`}>
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {comment.viewerCan.edit && (
                <Menu.Item leftSection={<IconPencil size={14} />} onClick={editing.open}>
                  Edit
                </Menu.Item>
              )}
              {comment.viewerCan.delete && (
                <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={confirming.open}>
                  Delete
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {comment.isDeleted ? (
        <Text size="sm" c="dimmed" fs="italic">
          Comment deleted
        </Text>
      ) : isEditing ? (
        <CommentComposer
          label="Edit your comment"
          submitLabel="Save"
          people={people}
          initialValue={comment.body}
          autoFocus
          onCancel={editing.close}
          onSubmit={async (body) => {
            const saved = await actions.editComment(comment.id, body);
            if (saved) editing.close();
            return saved;
          }}
        />
      ) : (
        <CommentBody body={comment.body} people={people} />
      )}
      <ConfirmModal
        opened={isConfirming}
        title="Delete this comment?"
        message="Its text is removed for everyone; replies stay."
        confirmLabel="Delete comment"
        onConfirm={() => void actions.deleteComment(comment.id)}
        onClose={confirming.close}
      />
    </Stack>
  );
}
