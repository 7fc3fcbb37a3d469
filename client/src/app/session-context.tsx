import { createContext, useContext } from "react";

/** Lets sign-in and sign-out start a fresh GraphQL client so nothing cached leaks between sessions. */
export const ResetSessionContext = createContext<() => void>(() => undefined);

export function useResetSession(): () => void {
  return useContext(ResetSessionContext);
}
