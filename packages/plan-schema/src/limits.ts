/**
 * Limits shared by the server (which enforces them) and the client (which can warn before hitting them).
 * Sizes are in bytes of Yjs update encoding (v1).
 */
export const LIMITS = {
  /** Largest WebSocket frame the server accepts (ws maxPayload); bigger frames close with 1009. */
  maxFrameBytes: 2 * 1024 * 1024,
  /**
   * Largest single Yjs update (an Update or SyncStep2 payload): a pasted chapter (~100 pages of text)
   * fits, a pasted image or video does not.
   */
  maxUpdateBytes: 1024 * 1024,
  /**
   * Largest encoded document. A very long plan is ~1 MB; every `plan { sections }` of a plan not in
   * memory loads and reads all of it (measured: 8 MB of paragraphs, 0.2 s apply + 0.1 s readPlan on one
   * core; 32 MB was 0.6 s and the issue saw 2.5 s), so the cap keeps a plan page well under a second.
   */
  maxDocBytes: 8 * 1024 * 1024,
  /**
   * Update bytes per second one connection may send (token bucket refill), and the bucket size. Typing
   * is a few KB/s and a paste is one update, so the burst holds a maximal update plus change; a client
   * that keeps pushing more fills the document cap in seconds instead of instantly, and other members'
   * fan-out is not swamped.
   */
  updateBytesPerSecond: 256 * 1024,
  updateByteBurst: 2 * 1024 * 1024,
  /**
   * Presence (awareness) is relayed to every member: one message is a few hundred bytes (a user and a
   * cursor per client id). Bigger messages close with 4413; more than the byte rate closes with 4529.
   */
  maxAwarenessBytes: 8 * 1024,
  awarenessBytesPerSecond: 16 * 1024,
  awarenessByteBurst: 64 * 1024,
  /** Sections per plan: the editor mounts one Tiptap instance per section. */
  maxSections: 200,
  /** Section titles are headings on slides; longer ones do not fit. */
  maxTitleLength: 200,
  /** Section ids name the text fragment; generated ids are 16 characters. */
  maxSectionIdLength: 64,
  /**
   * How deep rich text may nest (elements inside elements). Ten levels of nested lists need ~21; every
   * reader of the document recurses this deep.
   */
  maxNestingDepth: 64,
  /** Sustained messages per second per connection (token bucket refill). Fast typing with cursors is ~50. */
  messagesPerSecond: 1000,
  /** Token bucket size: how many messages may arrive at once (reconnect bursts, paste). */
  messageBurst: 2000,
} as const;
export type Limits = { -readonly [K in keyof typeof LIMITS]: number };
