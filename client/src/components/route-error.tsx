import { Button, Center, Paper } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { EmptyState } from "./empty-state";

/** Shown when a page fails to render or to load its code (for example after a new release). */
export function RouteError() {
  return (
    <Center mih="60vh" p="md">
      <Paper withBorder maw={520} w="100%">
        <EmptyState
          icon={<IconAlertTriangle size={28} />}
          title="This page didn't load"
          description="planbridge may have been updated while you had it open. Reloading usually fixes it; your saved work is safe."
          action={<Button onClick={() => window.location.reload()}>Reload</Button>}
        />
      </Paper>
    </Center>
  );
}
