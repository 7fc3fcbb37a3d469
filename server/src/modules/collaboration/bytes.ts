/**
 * Buffer views of Yjs bytes: ws sends Buffers and pg binds bytea from Buffers, while Yjs and lib0 hand
 * out Uint8Arrays. A view, never a copy: updates are forwarded and stored as they came.
 */
export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
