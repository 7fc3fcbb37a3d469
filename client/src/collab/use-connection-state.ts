import { CloseCode } from "@planbridge/protocol";
import { useEffect, useState } from "react";
import type { WebsocketProvider } from "y-websocket";

export type SocketStatus = "connecting" | "connected" | "disconnected";

export interface ConnectionState {
  status: SocketStatus;
  /** True once the first full sync finished; the document is then safe to show. */
  hasSynced: boolean;
  /** Set when the server closed for good (no reconnect): a sentence for the person. */
  terminalMessage: string | null;
  terminalCode: number | null;
}

const CLOSE_MESSAGES: Record<number, string> = {
  [CloseCode.Unauthenticated]: "Your session has ended. Sign in again to keep editing.",
  [CloseCode.Forbidden]: "You no longer have access to this plan.",
  [CloseCode.NotFound]: "This plan doesn't exist or was deleted.",
  [CloseCode.SessionRevoked]: "You were signed out from another place. Sign in again to continue.",
};

export function closeMessage(code: number): string {
  return CLOSE_MESSAGES[code] ?? "The live connection was closed by the server.";
}

const INITIAL: ConnectionState = { status: "connecting", hasSynced: false, terminalMessage: null, terminalCode: null };

/** Socket status for the UI: connecting, live, reconnecting, or closed for a reason the person must see. */
export function useConnectionState(provider: WebsocketProvider | null): ConnectionState {
  const [state, setState] = useState<ConnectionState>(INITIAL);
  useEffect(() => {
    if (!provider) return;
    setState({ ...INITIAL, status: provider.wsconnected ? "connected" : "connecting", hasSynced: provider.synced });
    const onStatus = ({ status }: { status: SocketStatus }) => setState((s) => ({ ...s, status }));
    const onSync = (isSynced: boolean) => setState((s) => (isSynced ? { ...s, hasSynced: true } : s));
    const onClosed = ({ code }: { code: number }) =>
      setState((s) => ({ ...s, status: "disconnected", terminalCode: code, terminalMessage: closeMessage(code) }));
    provider.on("status", onStatus);
    provider.on("sync", onSync);
    provider.on("closed", onClosed);
    return () => {
      provider.off("status", onStatus);
      provider.off("sync", onSync);
      provider.off("closed", onClosed);
    };
  }, [provider]);
  return state;
}
