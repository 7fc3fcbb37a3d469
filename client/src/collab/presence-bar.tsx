import { Avatar, Group, Text, Tooltip } from "@mantine/core";
import type { PresentUser } from "./use-presence";
import { readableTextOn } from "../components/readable-text";

const MAX_SHOWN = 5;

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
}

/** Who has this plan open right now, in their caret colours. */
export function PresenceBar({ users }: { users: PresentUser[] }) {
  if (users.length === 0) return null;
  const shown = users.slice(0, MAX_SHOWN);
  const hidden = users.slice(MAX_SHOWN);
  return (
    <Group gap="xs" data-testid="presence-bar" aria-label="People on this plan">
      <Tooltip.Group openDelay={200}>
        <Avatar.Group spacing={6}>
          {shown.map((user) => (
            <Tooltip key={user.key} label={user.isMe ? `${user.name} (you)` : user.name} withArrow>
              <Avatar
                size={32}
                radius="xl"
                data-presence-name={user.name}
                styles={{ root: { border: "2px solid white" }, placeholder: { background: user.color, color: readableTextOn(user.color), fontSize: 12 } }}
              >
                {initials(user.name)}
              </Avatar>
            </Tooltip>
          ))}
          {hidden.length > 0 && (
            <Tooltip label={hidden.map((u) => u.name).join(", ")} withArrow>
              <Avatar size={32} radius="xl">
                +{hidden.length}
              </Avatar>
            </Tooltip>
          )}
        </Avatar.Group>
      </Tooltip.Group>
      <Text size="xs" c="dimmed" visibleFrom="md">
        {users.length === 1 ? "Only you" : `${users.length} here`}
      </Text>
    </Group>
  );
}
