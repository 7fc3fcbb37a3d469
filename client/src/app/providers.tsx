import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import { Provider as UrqlProvider } from "urql";
import { createGraphqlClient } from "./graphql-client";
import { SubscriptionsContext } from "./live-updates";
import { ResetSessionContext } from "./session-context";
import { theme } from "./theme";

interface ProvidersProps {
  children: ReactNode;
  onUnauthenticated(): void;
}

export function Providers({ children, onUnauthenticated }: ProvidersProps) {
  const [clients, setClients] = useState(() => createGraphqlClient({ onUnauthenticated }));
  const resetSession = useCallback(() => setClients(createGraphqlClient({ onUnauthenticated })), [onUnauthenticated]);
  // The old session's subscriptions end with it: their socket carried the old cookie.
  useEffect(() => () => void clients.subscriptions.dispose(), [clients]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <ResetSessionContext.Provider value={resetSession}>
        <SubscriptionsContext.Provider value={clients.subscriptions}>
          <UrqlProvider value={clients.client}>{children}</UrqlProvider>
        </SubscriptionsContext.Provider>
      </ResetSessionContext.Provider>
    </MantineProvider>
  );
}
