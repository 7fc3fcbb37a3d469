/**
 * Plain TCP clients for what a WebSocket library will not send: hand-written upgrade requests and
 * malformed frames. Every socket gets an `error` listener.
 */
import { randomBytes } from "node:crypto";
import net from "node:net";

export interface RawSocket {
  socket: net.Socket;
  /** Everything the server sent so far (handshake response and frames). */
  received(): Buffer;
  /** Resolves once the server has closed or destroyed the connection. */
  closed: Promise<void>;
}

/** Opens a TCP connection and writes a WebSocket upgrade request for `path`. */
export function rawUpgrade(port: number, path: string, headers: Record<string, string> = {}): RawSocket {
  const socket = net.connect(port, "127.0.0.1");
  const chunks: Buffer[] = [];
  socket.on("data", (chunk) => chunks.push(chunk));
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  socket.on("error", () => socket.destroy());
  const lines = [
    `GET ${path} HTTP/1.1`,
    "Host: 127.0.0.1",
    "Upgrade: websocket",
    "Connection: Upgrade",
    `Sec-WebSocket-Key: ${randomBytes(16).toString("base64")}`,
    "Sec-WebSocket-Version: 13",
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ];
  socket.write(lines.join("\r\n") + "\r\n\r\n");
  return { socket, received: () => Buffer.concat(chunks), closed };
}

/** A masked client frame (mask 0: the payload bytes go on the wire as they are). */
export function clientFrame(opcode: number, payload: Uint8Array, isFinal = true): Buffer {
  const length = payload.length;
  const head =
    length < 126
      ? [(isFinal ? 0x80 : 0) | opcode, 0x80 | length]
      : length < 65536
        ? [(isFinal ? 0x80 : 0) | opcode, 0x80 | 126, length >> 8, length & 0xff]
        : [(isFinal ? 0x80 : 0) | opcode, 0x80 | 127, ...bigEndian64(length)];
  return Buffer.concat([Buffer.from(head), Buffer.alloc(4), Buffer.from(payload)]);
}

function bigEndian64(value: number): number[] {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64BE(BigInt(value));
  return [...bytes];
}

/** A masked text frame with invalid UTF-8 (the 7 bytes of issue 8). */
export const INVALID_UTF8_FRAME = Buffer.from([0x81, 0x81, 0x00, 0x00, 0x00, 0x00, 0xff]);

/** The header of a binary frame announcing 2^40 bytes: over any max payload. */
export const OVERSIZED_FRAME_HEADER = Buffer.from([0x82, 0xff, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

/** Resolves once the server's response headers have arrived. */
export async function handshakeDone(raw: RawSocket): Promise<string> {
  for (;;) {
    const text = raw.received().toString("latin1");
    const end = text.indexOf("\r\n\r\n");
    if (end >= 0) return text.slice(0, end);
    await Promise.race([new Promise((resolve) => raw.socket.once("data", resolve)), raw.closed]);
    if (raw.socket.destroyed && raw.received().indexOf("\r\n\r\n") < 0) return raw.received().toString("latin1");
  }
}
