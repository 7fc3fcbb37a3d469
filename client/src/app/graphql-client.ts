import { Client, cacheExchange, fetchExchange, mapExchange } from "urql";
import { errorCode } from "../components/graphql-errors";

export interface GraphqlClientOptions {
  /** Called when any operation reports that the session is gone, so the app can return to sign-in. */
  onUnauthenticated(): void;
}

/** One urql client per signed-in session; the app replaces it on sign-in and sign-out to drop cached data. */
export function createGraphqlClient({ onUnauthenticated }: GraphqlClientOptions): Client {
  return new Client({
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
    ],
  });
}
