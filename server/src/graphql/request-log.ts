/**
 * One log line per GraphQL request (with a request id, also sent back as `x-request-id`) and its
 * duration in the metrics. Variables are never logged: they hold passwords and comment text.
 */
import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "../observability/logger";
import type { ServerMetrics } from "../observability/metrics";

/** A proxy's request id is kept when it looks like one; anything else is replaced. */
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function requestLog(logger: Logger, metrics: ServerMetrics): ApolloServerPlugin {
  return {
    requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      const incoming = request.http?.headers.get("x-request-id");
      const reqId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      return Promise.resolve({
        willSendResponse({ response, operationName, errors }) {
          response.http.headers.set("x-request-id", reqId);
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const codes = (errors ?? []).map((error) => String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR"));
          metrics.observeGraphql(operationName, seconds, codes.length > 0);
          const line = { reqId, operation: operationName ?? null, ms: Math.round(seconds * 10_000) / 10, ...(codes.length ? { errors: codes } : {}) };
          if (codes.some((code) => code === "INTERNAL_SERVER_ERROR" || code === "SERVICE_UNAVAILABLE")) {
            logger.error({ ...line, err: errors?.[0]?.originalError ?? errors?.[0] }, "graphql request failed");
          } else logger.info(line, "graphql request");
          return Promise.resolve();
        },
      });
    },
  };
}
