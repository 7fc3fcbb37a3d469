import { createClient as createWsClient, type Client as WsClient } from "graphql-ws";
import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from "urql";
import { errorCode } from "../components/graphql-errors";

export interface GraphqlClientOptions {
  /** Called when any operation reports that the session is gone, so the app can return to sign-in. */
  onUnauthenticated(): void;
}

export interface GraphqlClients {
  client: Client;
  /** The subscriptions socket; disposed with the session so a signed-out browser keeps no live feed. */
  subscriptions: WsClient;
}

/** ws: or wss: on the page's own host and the HTTP path: the server reads the session cookie at the upgrade. */
export function subscriptionUrl(location: Location = window.location): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}/graphql`;
}

/** One urql client per signed-in session; the app replaces it on sign-in and sign-out to drop cached data. */
export function createGraphqlClient({ onUnauthenticated }: GraphqlClientOptions): GraphqlClients {
  // Lazy: the socket opens with the first subscription (a plan page or the bell) and retries on drops.
  const subscriptions = createWsClient({ url: subscriptionUrl(), lazy: true, retryAttempts: Infinity });
  const client = new Client({
    url: "/graphql",
    // Apollo's CSRF prevention rejects simple GET requests; POST with JSON is never "simple".
    preferGetMethod: false,
    fetchOptions: { credentials: "same-origin", headers: { "apollo-require-preflight": "true" } },
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (errorCode(error) === "UNAUTHENTICATED") onUnauthenticated();
        },
      }),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? "" };
          return { subscribe: (sink) => ({ unsubscribe: subscriptions.subscribe(input, sink) }) };
        },
      }),
    ],
  });
  return { client, subscriptions };
}
