/**
 * Where the collaboration WebSocket lives. y-websocket appends "/<room>" to its server URL, so
 * `new WebsocketProvider(origin + COLLAB_PATH_PREFIX, planId, doc)` connects to `collabPath(planId)`.
 */
export const COLLAB_PATH_PREFIX = "/collab";

export function collabPath(planId: string): string {
  return `${COLLAB_PATH_PREFIX}/${encodeURIComponent(planId)}`;
}

/**
 * The plan id in a request URL such as "/collab/<id>?x=1", or null when the path is not a collab path.
 * The id is returned as written; the server validates its format.
 */
export function parseCollabPath(url: string): string | null {
  const path = url.split("?", 1)[0] ?? "";
  const prefix = COLLAB_PATH_PREFIX + "/";
  if (!path.startsWith(prefix)) return null;
  const rest = path.slice(prefix.length);
  if (rest.length === 0 || rest.includes("/")) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

/**
 * GraphQL over HTTP and, on the same path, GraphQL subscriptions over WebSocket (graphql-ws protocol,
 * `graphql-transport-ws`), authenticated by the session cookie sent with the upgrade.
 */
export const GRAPHQL_PATH = "/graphql";
