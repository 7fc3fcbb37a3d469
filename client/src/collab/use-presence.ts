import { useEffect, useState } from "react";
import type { WebsocketProvider } from "y-websocket";

/** Someone with the plan open, as the server stamped them into awareness (`user` field). */
export interface PresentUser {
  /** Stable across tabs when the server provides the user id; the awareness client id otherwise. */
  key: string;
  name: string;
  color: string;
  isMe: boolean;
}

interface AwarenessUser {
  id?: unknown;
  name?: unknown;
  color?: unknown;
}

function toPresentUser(clientId: number, user: AwarenessUser, myClientId: number): PresentUser | null {
  if (typeof user.name !== "string" || user.name.length === 0) return null;
  return {
    key: typeof user.id === "string" ? user.id : `client-${clientId}`,
    name: user.name,
    color: typeof user.color === "string" ? user.color : "#868e96",
    isMe: clientId === myClientId,
  };
}

/** One entry per person (several tabs of one person count once), the local person first. */
function readPresence(provider: WebsocketProvider): PresentUser[] {
  const byKey = new Map<string, PresentUser>();
  const myClientId = provider.awareness.clientID;
  provider.awareness.getStates().forEach((state, clientId) => {
    const user = toPresentUser(clientId, (state as { user?: AwarenessUser }).user ?? {}, myClientId);
    if (!user) return;
    if (user.isMe || !byKey.has(user.key)) byKey.set(user.key, user);
  });
  return [...byKey.values()].sort((a, b) => Number(b.isMe) - Number(a.isMe) || a.name.localeCompare(b.name));
}

export function usePresence(provider: WebsocketProvider | null): PresentUser[] {
  const [users, setUsers] = useState<PresentUser[]>([]);
  useEffect(() => {
    if (!provider) return;
    const refresh = () => setUsers(readPresence(provider));
    refresh();
    provider.awareness.on("change", refresh);
    return () => provider.awareness.off("change", refresh);
  }, [provider]);
  return users;
}
