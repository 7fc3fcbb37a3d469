import { Group, Paper, Text } from "@mantine/core";
import type { Editor } from "@tiptap/core";
import { IconEye } from "@tabler/icons-react";
import { ConnectionBadge } from "../../collab/connection-badge";
import { PresenceBar } from "../../collab/presence-bar";
import type { ConnectionState } from "../../collab/use-connection-state";
import type { PresentUser } from "../../collab/use-presence";
import type { SaveStatus } from "../../collab/use-save-status";
import { EditorToolbar } from "../editor/editor-toolbar";
import classes from "./plan-page.module.css";

interface PlanBarProps {
  canEdit: boolean;
  activeEditor: Editor | null;
  presence: PresentUser[];
  connection: ConnectionState;
  saveStatus: SaveStatus;
}

/** Sticks above the sections: formatting on the left; who is here and whether work is saved on the right. */
export function PlanBar({ canEdit, activeEditor, presence, connection, saveStatus }: PlanBarProps) {
  const editor = activeEditor && !activeEditor.isDestroyed ? activeEditor : null;
  return (
    <div className={classes.toolbar}>
      <Paper withBorder px="xs" py={6} shadow="xs">
        <Group justify="space-between" wrap="nowrap" gap="sm">
          {canEdit ? (
            <EditorToolbar editor={editor} isEditable={canEdit} />
          ) : (
            <Group gap={6} px="xs">
              <IconEye size={16} color="var(--mantine-color-dimmed)" />
              <Text size="sm" c="dimmed">
                Read only
              </Text>
            </Group>
          )}
          <Group gap="sm" wrap="nowrap">
            <PresenceBar users={presence} />
            <ConnectionBadge connection={connection} saveStatus={saveStatus} isEditable={canEdit} />
          </Group>
        </Group>
      </Paper>
    </div>
  );
}
