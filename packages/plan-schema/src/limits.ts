/**
 * Limits shared by the server (which enforces them) and the client (which can warn before hitting them).
 * Sizes are in bytes of Yjs update encoding (v1).
 */
export const LIMITS = {
  /** Largest WebSocket frame the server accepts (ws maxPayload); bigger frames close with 1009. */
  maxFrameBytes: 8 * 1024 * 1024,
  /** Largest single Yjs update (an Update or SyncStep2 payload); a pasted chapter fits, a video does not. */
  maxUpdateBytes: 4 * 1024 * 1024,
  /** Largest encoded document; a very long plan is ~1 MB, so this only stops abuse. */
  maxDocBytes: 32 * 1024 * 1024,
  /** Sections per plan: the editor mounts one Tiptap instance per section. */
  maxSections: 200,
  /** Section titles are headings on slides; longer ones do not fit. */
  maxTitleLength: 200,
  /** Sustained messages per second per connection (token bucket refill). Fast typing with cursors is ~50. */
  messagesPerSecond: 1000,
  /** Token bucket size: how many messages may arrive at once (reconnect bursts, paste). */
  messageBurst: 2000,
} as const;
export type Limits = { -readonly [K in keyof typeof LIMITS]: number };

/** Comment limits: the server refuses past them (nothing stored); the client can warn before. */
export const COMMENT_LIMITS = {
  /** Characters in a comment body. */
  maxBodyLength: 10_000,
  /** Characters in a suggested replacement. */
  maxSuggestionLength: 5_000,
  /** Characters in an anchor's quote. */
  maxQuoteLength: 5_000,
  /** Characters in a rejection reason. */
  maxReasonLength: 2_000,
  /** Comments in one thread, the opening one included. */
  maxCommentsPerThread: 200,
  /** Threads in one plan. */
  maxThreadsPerPlan: 2_000,
  /** Comments (threads and replies) one user may write per minute, across plans. */
  commentsPerMinute: 30,
} as const;
export type CommentLimits = { -readonly [K in keyof typeof COMMENT_LIMITS]: number };
