import { AppShell, Container } from "@mantine/core";
import { useCallback } from "react";
import { Navigate, Outlet, useLocation } from "react-router";
import { useQuery } from "urql";
import { FullPageLoader } from "../components/full-page-loader";
import { MeQuery } from "../features/auth/auth-documents";
import { CurrentUserContext, RefreshCurrentUserContext } from "../session/current-user";
import { AppHeader } from "./app-header";

/** The signed-in frame: loads the current user once and sends signed-out visitors to sign-in. */
export function AppLayout() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeQuery });
  const refresh = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  const location = useLocation();
  if (fetching && !data) return <FullPageLoader />;
  const me = data?.me;
  if (!me || error) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return (
    <CurrentUserContext.Provider value={me}>
      <RefreshCurrentUserContext.Provider value={refresh}>
      <AppShell header={{ height: 60 }} padding="md">
        <AppShell.Header>
          <AppHeader />
        </AppShell.Header>
        <AppShell.Main>
          <Container size="xl" py="md">
            <Outlet />
          </Container>
        </AppShell.Main>
      </AppShell>
      </RefreshCurrentUserContext.Provider>
    </CurrentUserContext.Provider>
  );
}
