import { Alert, Button, Group, Text } from "@mantine/core";
import { IconPresentation } from "@tabler/icons-react";
import { Link } from "react-router";
import type { WebsocketProvider } from "y-websocket";
import { usePresenters } from "./presentation-awareness";

/** On the plan page: who is presenting right now, with a way to follow them. */
export function PresenterBanner({ planId, provider }: { planId: string; provider: WebsocketProvider | null }) {
  const presenters = usePresenters(provider);
  if (presenters.length === 0) return null;
  return (
    <Alert color="teal" variant="light" icon={<IconPresentation size={18} />} data-testid="presenter-banner">
      {presenters.map((presenter) => (
        <Group key={presenter.clientId} justify="space-between" gap="sm">
          <Text size="sm">
            {presenter.name} is presenting version {presenter.presentation.version} (slide {presenter.presentation.slide + 1} of {presenter.presentation.slideCount}).
          </Text>
          <Button size="xs" component={Link} to={`/plans/${planId}/follow?presenter=${presenter.userId}`}>
            Follow {presenter.name}
          </Button>
        </Group>
      ))}
    </Alert>
  );
}
