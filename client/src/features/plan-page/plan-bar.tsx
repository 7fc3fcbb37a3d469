import { Group, Paper, Text } from "@mantine/core";
import type { Editor } from "@tiptap/core";
import { IconEye } from "@tabler/icons-react";
import { ConnectionBadge } from "../../collab/connection-badge";
import { PresenceBar } from "../../collab/presence-bar";
import type { ConnectionState } from "../../collab/use-connection-state";
import { usePresence } from "../../collab/use-presence";
import { useSaveStatus } from "../../collab/use-save-status";
import type { WebsocketProvider } from "y-websocket";
import { EditorToolbar } from "../../editor/editor-toolbar";
import classes from "./plan-page.module.css";

interface PlanBarProps {
  canEdit: boolean;
  activeEditor: Editor | null;
  provider: WebsocketProvider | null;
  connection: ConnectionState;
}

/**
 * Sticks above the sections: formatting on the left; who is here and whether work is saved on the right.
 * Presence and save status change with every keystroke and caret move, so they are read here and
 * re-render only this bar, not the section editors.
 */
export function PlanBar({ canEdit, activeEditor, provider, connection }: PlanBarProps) {
  const presence = usePresence(provider);
  const saveStatus = useSaveStatus(provider);
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
