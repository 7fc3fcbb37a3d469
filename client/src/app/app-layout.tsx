import { AppShell, Container } from "@mantine/core";
import { Navigate, Outlet, useLocation } from "react-router";
import { useQuery } from "urql";
import { FullPageLoader } from "../components/full-page-loader";
import { MeQuery } from "../features/auth/auth-documents";
import { CurrentUserContext } from "../session/current-user";
import { AppHeader } from "./app-header";

/** The signed-in frame: loads the current user once and sends signed-out visitors to sign-in. */
export function AppLayout() {
  const [{ data, fetching, error }] = useQuery({ query: MeQuery });
  const location = useLocation();
  if (fetching && !data) return <FullPageLoader />;
  const me = data?.me;
  if (!me || error) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}`} replace />;
  }
  return (
    <CurrentUserContext.Provider value={me}>
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
    </CurrentUserContext.Provider>
  );
}
