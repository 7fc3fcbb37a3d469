import type { Client as WsClient } from "graphql-ws";
import { createContext, useContext, useEffect } from "react";

/** The session's subscriptions socket, for hooks that must know when it (re)connects. */
export const SubscriptionsContext = createContext<WsClient | null>(null);

/**
 * Calls `onConnected` whenever the subscriptions socket (re)connects. Events sent while it was down are
 * lost, so a live list reloads here to catch up. Pass a stable callback (useCallback).
 */
export function useOnSubscriptionsConnected(onConnected: () => void): void {
  const subscriptions = useContext(SubscriptionsContext);
  useEffect(() => subscriptions?.on("connected", onConnected), [subscriptions, onConnected]);
}
