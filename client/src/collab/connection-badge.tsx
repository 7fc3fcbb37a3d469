import { Badge, Loader } from "@mantine/core";
import { IconCheck, IconCloudOff } from "@tabler/icons-react";
import type { ConnectionState } from "./use-connection-state";
import type { SaveStatus } from "./use-save-status";

interface ConnectionBadgeProps {
  connection: ConnectionState;
  saveStatus: SaveStatus;
  isEditable: boolean;
}

/** One badge that answers "is my work safe?": reconnecting, saving, not saved yet (retrying), or saved. */
export function ConnectionBadge({ connection, saveStatus, isEditable }: ConnectionBadgeProps) {
  if (connection.terminalMessage) {
    return (
      <Badge color="red" variant="light" leftSection={<IconCloudOff size={14} />} data-testid="connection-status">
        Disconnected
      </Badge>
    );
  }
  if (connection.status !== "connected") {
    return (
      <Badge color="orange" variant="light" leftSection={<Loader size={10} color="orange" />} data-testid="connection-status">
        {connection.hasSynced ? "Reconnecting…" : "Connecting…"}
      </Badge>
    );
  }
  if (!isEditable) {
    return (
      <Badge color="gray" variant="light" data-testid="connection-status">
        Live · read only
      </Badge>
    );
  }
  if (saveStatus === "retrying") {
    return (
      <Badge color="orange" variant="light" leftSection={<IconCloudOff size={14} />} data-testid="connection-status">
        Not saved — retrying
      </Badge>
    );
  }
  return saveStatus === "saving" ? (
    <Badge color="gray" variant="light" leftSection={<Loader size={10} color="gray" />} data-testid="connection-status">
      Saving…
    </Badge>
  ) : (
    <Badge color="teal" variant="light" leftSection={<IconCheck size={14} />} data-testid="connection-status">
      All changes saved
    </Badge>
  );
}
