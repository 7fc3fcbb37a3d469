/**
 * "Follow the presenter" over the plan's collaboration channel: the presenter publishes which version
 * and slide they show in their awareness state; followers read it. Awareness reaches everyone on the
 * plan within one round trip, and the server stamps each state with its sender's real identity, so a
 * follower always knows who is presenting.
 */
import { useEffect, useState } from "react";
import type { WebsocketProvider } from "y-websocket";

const FIELD = "presentation";

export interface PresentationState {
  /** Version number being shown. */
  version: number;
  /** 0-based slide index. */
  slide: number;
  slideCount: number;
}

export interface Presenter {
  clientId: number;
  userId: string;
  name: string;
  color: string;
  presentation: PresentationState;
}

export function publishPresentation(provider: WebsocketProvider, state: PresentationState | null): void {
  provider.awareness.setLocalStateField(FIELD, state);
}

function isPresentation(value: unknown): value is PresentationState {
  if (typeof value !== "object" || value === null) return false;
  const { version, slide, slideCount } = value as Record<string, unknown>;
  return [version, slide, slideCount].every((field) => typeof field === "number" && Number.isInteger(field) && field >= 0);
}

/** Everyone else on the plan who is presenting, in a stable order (by name, then client id). */
export function readPresenters(provider: WebsocketProvider): Presenter[] {
  const presenters: Presenter[] = [];
  provider.awareness.getStates().forEach((state, clientId) => {
    if (clientId === provider.awareness.clientID) return;
    const { presentation, user } = state as { presentation?: unknown; user?: { id?: unknown; name?: unknown; color?: unknown } };
    if (!isPresentation(presentation) || typeof user?.id !== "string") return;
    presenters.push({
      clientId,
      userId: user.id,
      name: typeof user.name === "string" ? user.name : "Someone",
      color: typeof user.color === "string" ? user.color : "#868e96",
      presentation,
    });
  });
  return presenters.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

export function usePresenters(provider: WebsocketProvider | null): Presenter[] {
  const [presenters, setPresenters] = useState<Presenter[]>([]);
  useEffect(() => {
    if (!provider) return;
    const refresh = () => setPresenters(readPresenters(provider));
    refresh();
    provider.awareness.on("change", refresh);
    return () => provider.awareness.off("change", refresh);
  }, [provider]);
  return presenters;
}
