import { AppShell, Container } from "@mantine/core";
import { useCallback } from "react";
import { matchPath, Navigate, Outlet, useLocation, useNavigation } from "react-router";
import { useQuery } from "urql";
import { FullPageLoader } from "../components/full-page-loader";
import { PageSkeleton, PlanPageSkeleton } from "../components/page-skeleton";
import { MeQuery } from "../features/auth/auth-documents";
import { CurrentUserContext, RefreshCurrentUserContext } from "../session/current-user";
import { AppHeader } from "./app-header";

/** The signed-in frame: loads the current user once and sends signed-out visitors to sign-in. */
export function AppLayout() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeQuery });
  const refresh = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  const location = useLocation();
  const navigation = useNavigation();
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
            {navigation.state === "loading" ? <PendingPage path={navigation.location.pathname} /> : <Outlet />}
          </Container>
        </AppShell.Main>
      </AppShell>
      </RefreshCurrentUserContext.Provider>
    </CurrentUserContext.Provider>
  );
}

/** Shown while the next page's code loads (the plan page's editor is a chunk of its own). */
function PendingPage({ path }: { path: string }) {
  return matchPath("/plans/:planId", path) ? <PlanPageSkeleton /> : <PageSkeleton />;
}
