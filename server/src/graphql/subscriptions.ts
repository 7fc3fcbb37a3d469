/**
 * GraphQL subscriptions over WebSocket (graphql-ws) at /graphql on the application's HTTP server. The
 * session cookie is checked at the upgrade (no session: closed with 4401); queries and mutations stay
 * on HTTP, so only subscription operations are accepted here. A revoked session or deactivated user
 * has its sockets closed (4409), and each feed ends by itself when its plan access goes.
 */
import type http from "node:http";
import type { Duplex } from "node:stream";
import {
  execute,
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  subscribe,
  validate,
  type ExecutionArgs,
  type GraphQLSchema,
} from "graphql";
import type { Context as WsContext } from "graphql-ws";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer, type WebSocket } from "ws";
import { CloseCode, GRAPHQL_PATH } from "@planbridge/protocol";
import type { DomainEvents } from "../events/domain-events";
import { readSessionToken, type AuthenticatedSession } from "../modules/auth/session.service";
import { sessionContext, type ContextServices } from "./context";
import { formatError } from "./errors";
import { MAX_TOKENS, queryLimits } from "./limits";
import { unstorableTextError } from "./text-input-guard";

export interface SubscriptionServerDeps {
  schema: GraphQLSchema;
  services: ContextServices;
  events: DomainEvents;
  isProduction: boolean;
}

type Extra = {
  socket: WebSocket;
  request: http.IncomingMessage;
};

/** Subscription messages are small; anything bigger is abuse. */
const MAX_MESSAGE_BYTES = 64 * 1024;

export function attachSubscriptions(httpServer: http.Server, deps: SubscriptionServerDeps) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES, perMessageDeflate: false });
  const sessions = new WeakMap<http.IncomingMessage, AuthenticatedSession>();
  const socketsBySession = new Map<string, Set<WebSocket>>();
  const socketsByUser = new Map<string, Set<WebSocket>>();
  const format = formatError(deps.isProduction);

  const server = useServer<Record<string, unknown> | undefined, Extra>(
    {
      schema: deps.schema,
      // Our own graphql functions: the schema must be executed by the copy of graphql that built it.
      execute,
      subscribe,
      context: (ctx) => sessionContext(deps.services, sessions.get(ctx.extra.request) ?? null),
      onSubscribe: (ctx, _id, payload) => subscriptionArgs(deps.schema, payload, ctx),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => format(error.toJSON(), error)) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => format(error.toJSON(), error)),
    },
    wss,
  );

  const accept = async (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const session = await deps.services.sessions.authenticate(readSessionToken(req.headers.cookie)).catch(() => null);
    if (socket.destroyed) return;
    const refusal = !session
      ? { code: CloseCode.Unauthenticated, reason: "sign in first" }
      : deps.isProduction && !isSameOrigin(req)
        ? { code: CloseCode.Forbidden, reason: "cross-origin connection" }
        : null;
    if (!session || refusal) {
      // Completing the handshake lets the browser read the close code (an HTTP error reaches it as 1006).
      wss.handleUpgrade(req, socket, head, (ws) => {
        ws.on("error", () => ws.terminate());
        ws.close(refusal!.code, refusal!.reason);
      });
      return;
    }
    sessions.set(req, session);
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on("error", () => ws.terminate());
      track(session, ws);
      wss.emit("connection", ws, req);
    });
  };

  /** Open sockets by session and by user, so revocations close them at once. */
  const track = (session: AuthenticatedSession, ws: WebSocket) => {
    for (const [index, key] of [[socketsBySession, session.sessionId], [socketsByUser, session.user.id]] as const) {
      const set = index.get(key) ?? new Set();
      set.add(ws);
      index.set(key, set);
      ws.once("close", () => {
        set.delete(ws);
        if (set.size === 0) index.delete(key);
      });
    }
  };
  const closeAll = (sockets: Set<WebSocket> | undefined, reason: string) => {
    for (const ws of sockets ?? []) ws.close(CloseCode.SessionRevoked, reason);
  };
  const onRevoked = ({ sessionId }: { sessionId: string }) => closeAll(socketsBySession.get(sessionId), "signed out");
  const onDeactivated = ({ userId }: { userId: string }) => closeAll(socketsByUser.get(userId), "account deactivated");
  deps.events.on("session.revoked", onRevoked);
  deps.events.on("user.deactivated", onDeactivated);

  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (pathOf(req.url) !== GRAPHQL_PATH) return; // another endpoint's socket
    socket.on("error", () => socket.destroy());
    void accept(req, socket, head);
  };
  httpServer.on("upgrade", onUpgrade);

  return {
    async close() {
      httpServer.off("upgrade", onUpgrade);
      deps.events.off("session.revoked", onRevoked);
      deps.events.off("user.deactivated", onDeactivated);
      await server.dispose();
    },
  };
}

/** Parses and validates (with the HTTP endpoint's limits and text guard) and refuses anything but a subscription. */
function subscriptionArgs(
  schema: GraphQLSchema,
  payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
  _ctx: WsContext<Record<string, unknown> | undefined, Extra>,
): ExecutionArgs | readonly GraphQLError[] {
  let document;
  try {
    document = parse(payload.query, { maxTokens: MAX_TOKENS });
  } catch (error) {
    return [error instanceof GraphQLError ? error : new GraphQLError("Could not parse the operation.")];
  }
  const errors = validate(schema, document, [...specifiedRules, queryLimits]);
  if (errors.length > 0) return errors;
  const operation = getOperationAST(document, payload.operationName ?? undefined);
  if (operation?.operation !== OperationTypeNode.SUBSCRIPTION) {
    return [new GraphQLError("Only subscriptions are served over WebSocket; send queries and mutations over HTTP.", { extensions: { code: "BAD_REQUEST" } })];
  }
  const unstorable = unstorableTextError(document, payload.variables);
  if (unstorable) return [unstorable];
  return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
}

export function pathOf(url: string | undefined): string {
  return (url ?? "").split("?", 1)[0];
}

function isSameOrigin(req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser: a cookie cannot have been attached by another site
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
