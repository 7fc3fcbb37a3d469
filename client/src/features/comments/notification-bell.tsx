import { ActionIcon, Button, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconBell } from "@tabler/icons-react";
import { useNavigate } from "react-router";
import type { NotificationKind } from "../../gql/graphql";
import { RelativeTime } from "../../components/relative-time";
import { UserAvatar } from "../../components/user-avatar";
import classes from "./notification-bell.module.css";
import { useNotifications, type AppNotification } from "./use-notifications";

const WHAT_HAPPENED: Record<NotificationKind, string> = {
  MENTION: "mentioned you",
  REPLY: "replied to your thread",
  RESOLVED: "resolved your thread",
  SUGGESTION_ACCEPTED: "accepted your suggestion",
  SUGGESTION_REJECTED: "rejected your suggestion",
  FEEDBACK_AGENDA: "sent you the agenda of a feedback call",
  LEAD_DEFINITION_PUBLISHED: "published the lead definition: please acknowledge it",
};

/** The header's bell: unread count, the latest notifications, each opening its thread in its plan. */
export function NotificationBell() {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { notifications, unreadCount, markAsRead } = useNotifications();
  const navigate = useNavigate();
  const open = (notification: AppNotification) => {
    close();
    if (!notification.isRead) void markAsRead([notification.id]);
    // A feedback call's agenda opens the call, a plan notice (a published lead definition) the lead
    // definition, everything else its thread in the plan.
    const target = notification.feedbackSessionId
      ? `/plans/${notification.planId}/feedback/${notification.feedbackSessionId}`
      : notification.thread
        ? `/plans/${notification.planId}?thread=${notification.thread.id}`
        : `/plans/${notification.planId}/leads`;
    void navigate(target);
  };
  const label = unreadCount > 0 ? `Notifications, ${unreadCount} unread` : "Notifications";
  return (
    <Popover opened={opened} onChange={(isOpen) => !isOpen && close()} position="bottom-end" width={360} shadow="md" trapFocus returnFocus>
      {/* The target is the button itself: on the indicator, aria-haspopup would sit on a plain div (axe). */}
      <Indicator label={unreadCount > 99 ? "99+" : unreadCount} size={18} disabled={unreadCount === 0} color="red" offset={4} data-testid="notification-count">
        <Popover.Target>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={label} aria-expanded={opened} onClick={toggle}>
            <IconBell size={20} />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p={0} aria-label="Notifications">
        <Group justify="space-between" px="md" py="xs" className={classes.header}>
          <Text fw={600} size="sm">
            Notifications
          </Text>
          {/* Never disabled: a disabled button drops keyboard focus out of the popover, and Escape with it. */}
          <Button size="compact-xs" variant="subtle" onClick={() => void markAsRead(null)}>
            Mark all read
          </Button>
        </Group>
        <ScrollArea.Autosize mah={420}>
          {notifications.length === 0 ? (
            <Text size="sm" c="dimmed" ta="center" p="lg">
              Nothing yet. Mentions, replies and decisions on your threads show up here.
            </Text>
          ) : (
            <Stack gap={0} data-testid="notification-list">
              {notifications.map((notification) => (
                <NotificationRow key={notification.id} notification={notification} onOpen={() => open(notification)} />
              ))}
            </Stack>
          )}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}

function NotificationRow({ notification, onOpen }: { notification: AppNotification; onOpen(): void }) {
  const { actor, thread, comment } = notification;
  const excerpt = comment?.body ?? thread?.quote;
  return (
    <UnstyledButton className={classes.row} data-unread={!notification.isRead || undefined} onClick={onOpen}>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <UserAvatar name={actor.name} color={actor.color} size={28} />
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm">
            <b>{actor.name}</b> {WHAT_HAPPENED[notification.kind]}
          </Text>
          {excerpt && (
            <Text size="xs" c="dimmed" lineClamp={2}>
              “{excerpt}”
            </Text>
          )}
          <Text size="xs" c="dimmed">
            <RelativeTime iso={notification.createdAt} />
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}
