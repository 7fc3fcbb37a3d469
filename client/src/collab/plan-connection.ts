import { COLLAB_PATH_PREFIX, SAVE_ACKS_PARAM } from "@planbridge/protocol";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

/** The one shared document of an open plan page and the socket that keeps it in sync. */
export interface PlanConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/** ws: or wss: on the page's own host: the server authenticates the socket with the session cookie. */
export function collabServerUrl(location: Location = window.location): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}${COLLAB_PATH_PREFIX}`;
}

export function openPlanConnection(planId: string): PlanConnection {
  const doc = new Y.Doc();
  // Cross-tab BroadcastChannel sync is off: every edit goes through the server, which checks the role.
  // `acks=1`: the server tells this client when its edits are in the database (or held, not saved).
  const provider = new WebsocketProvider(collabServerUrl(), planId, doc, { disableBc: true, params: { [SAVE_ACKS_PARAM]: "1" } });
  return { doc, provider };
}

export function closePlanConnection({ doc, provider }: PlanConnection): void {
  provider.destroy();
  doc.destroy();
}
