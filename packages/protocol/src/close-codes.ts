/**
 * WebSocket close codes the collaboration server uses; the client maps them to messages.
 *
 * y-websocket's provider treats 4400-4499 as permanent (it stops reconnecting and emits `closed`) and
 * every other code as transient, so each code below sits in the range that matches what the client
 * should do next.
 */
export const CloseCode = {
  /** No valid session cookie at upgrade (or the user was deactivated): sign in again. */
  Unauthenticated: 4401,
  /** Signed in, but not allowed to open this plan (not a member, or membership removed); another organisation's plan is NotFound. */
  Forbidden: 4403,
  /** No plan with that id (or the id is malformed). */
  NotFound: 4404,
  /** The session behind this socket was revoked (signed out elsewhere, or by an admin). */
  SessionRevoked: 4409,
  /**
   * A frame that is not valid y-websocket protocol, an update Yjs cannot decode, or one whose result
   * would break the plan document's layout (plan-schema section-shape.ts): a client bug, so no retry.
   */
  InvalidMessage: 4400,
  /**
   * One update above LIMITS.maxUpdateBytes, the document would grow past LIMITS.maxDocBytes, or one
   * presence message above LIMITS.maxAwarenessBytes.
   */
  TooLarge: 4413,
  /**
   * Too many messages, update bytes or presence bytes per second on this connection (LIMITS); transient,
   * the provider backs off and reconnects.
   */
  RateLimited: 4529,
  /**
   * An update built on items the server does not have (e.g. edits relayed between tabs arrived first);
   * transient: on reconnect the sync exchange sends the missing items.
   */
  ResyncRequired: 4510,
  /** The stored document could not be loaded; transient, the provider retries with back-off. */
  DocumentUnavailable: 4503,
  /**
   * The database has been unreachable long enough that the server holds as many unsaved edits as it
   * may (MAX_UNSAVED_BYTES); this update was not applied. Transient: the client keeps its edits and
   * sends them again when it reconnects. Edits already acknowledged are never dropped.
   */
  SavesPaused: 4507,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** RFC 6455 codes the server also uses; the provider reconnects after both. */
export const StandardCloseCode = {
  /** "Going away": the server is shutting down. */
  ServerShutdown: 1001,
  /** "Message too big": ws closes with this when a frame exceeds its maxPayload (LIMITS.maxFrameBytes). */
  FrameTooLarge: 1009,
} as const;
export type StandardCloseCode = (typeof StandardCloseCode)[keyof typeof StandardCloseCode];

/** Whether y-websocket's default `shouldReconnect` gives up on this code (the 4400-4499 range). */
export function isPermanentClose(code: number): boolean {
  return code >= 4400 && code < 4500;
}
