/**
 * Every GraphQL answer is about the signed-in user, so none may be stored by a browser or proxy:
 * `cache-control: no-store`, which is what Apollo's cache-control plugin sent for a schema without
 * cache hints. That plugin is off (app.ts) because it wraps every field's resolver to collect hints
 * planbridge never gives, about a tenth of the plan page's CPU.
 */
import type { ApolloServerPlugin } from "@apollo/server";

export const uncacheableResponses: ApolloServerPlugin = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response }) {
        response.http.headers.set("cache-control", "no-store");
        return Promise.resolve();
      },
    });
  },
};
