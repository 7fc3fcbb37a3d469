import { createContext, useContext } from "react";
import type { MeQuery } from "../gql/graphql";

export type CurrentUser = NonNullable<MeQuery["me"]>;

/** Set by the signed-in layout; every page below it may rely on a user being present. */
export const CurrentUserContext = createContext<CurrentUser | null>(null);

export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error("useCurrentUser is only available inside the signed-in layout");
  return user;
}

/** Reloads the signed-in user (after they change their own name, for instance); set by the signed-in layout. */
export const RefreshCurrentUserContext = createContext<() => void>(() => undefined);

export function useRefreshCurrentUser(): () => void {
  return useContext(RefreshCurrentUserContext);
}
