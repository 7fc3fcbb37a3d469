import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { useCallback, useState, type ReactNode } from "react";
import { Provider as UrqlProvider } from "urql";
import { createGraphqlClient } from "./graphql-client";
import { ResetSessionContext } from "./session-context";
import { theme } from "./theme";

interface ProvidersProps {
  children: ReactNode;
  onUnauthenticated(): void;
}

export function Providers({ children, onUnauthenticated }: ProvidersProps) {
  const [client, setClient] = useState(() => createGraphqlClient({ onUnauthenticated }));
  const resetSession = useCallback(() => setClient(createGraphqlClient({ onUnauthenticated })), [onUnauthenticated]);
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <ResetSessionContext.Provider value={resetSession}>
        <UrqlProvider value={client}>{children}</UrqlProvider>
      </ResetSessionContext.Provider>
    </MantineProvider>
  );
}
