import { describe, expect, it } from "vitest";
import {
  collabPath,
  COLLAB_PATH_PREFIX,
  decodeSaveAck,
  encodeSaveAck,
  isPermanentClose,
  isSavedUpTo,
  MessageType,
  parseCollabPath,
  ProtocolDecodeError,
  CloseCode,
  StandardCloseCode,
} from "@planbridge/protocol";

describe("paths", () => {
  it("matches what WebsocketProvider(origin + prefix, planId) requests", () => {
    const id = "0b6f2c1e-8a47-4c59-9d1e-3f2a7c9b5e10";
    expect(collabPath(id)).toBe(`${COLLAB_PATH_PREFIX}/${id}`);
    expect(parseCollabPath(`${COLLAB_PATH_PREFIX}/${id}?token=x`)).toBe(id);
    expect(parseCollabPath("/graphql")).toBeNull();
    expect(parseCollabPath("/collab/")).toBeNull();
    expect(parseCollabPath("/collab/a/b")).toBeNull();
    expect(parseCollabPath("/collab/%E0%A4%A")).toBeNull();
  });
});

describe("save acknowledgement", () => {
  it("round-trips and uses lib0's varUint encoding", () => {
    const ack = { savedCount: 300, clocks: new Map([[7, 1], [200, 70_000]]) };
    // 300 = 0xAC 0x02, 200 = 0xC8 0x01, 70000 = 0xF0 0xA2 0x04 (7 bits per byte, low first)
    expect(Array.from(encodeSaveAck(ack))).toEqual([100, 0xac, 0x02, 2, 7, 1, 0xc8, 0x01, 0xf0, 0xa2, 0x04]);
    expect(decodeSaveAck(encodeSaveAck(ack))).toEqual(ack);
    const large = { savedCount: 0, clocks: new Map([[2 ** 32 + 5, 2 ** 40]]) };
    expect(decodeSaveAck(encodeSaveAck(large))).toEqual(large);
  });

  it("tells whether a client's edits are all saved", () => {
    const ack = { savedCount: 1, clocks: new Map([[5, 10]]) };
    expect(isSavedUpTo(ack, 5, 10)).toBe(true);
    expect(isSavedUpTo(ack, 5, 11)).toBe(false);
    expect(isSavedUpTo(ack, 6, 0)).toBe(true);
    expect(isSavedUpTo(ack, 6, 1)).toBe(false);
  });

  it("rejects truncated or foreign frames", () => {
    expect(() => decodeSaveAck(Uint8Array.from([MessageType.SaveAck, 1, 1, 5]))).toThrow(ProtocolDecodeError);
    expect(() => decodeSaveAck(Uint8Array.from([MessageType.Sync, 0]))).toThrow(ProtocolDecodeError);
  });
});

describe("close codes", () => {
  it("make y-websocket stop only for decisions a retry cannot change", () => {
    expect(isPermanentClose(CloseCode.Forbidden)).toBe(true);
    expect(isPermanentClose(CloseCode.InvalidMessage)).toBe(true);
    expect(isPermanentClose(CloseCode.RateLimited)).toBe(false);
    expect(isPermanentClose(CloseCode.DocumentUnavailable)).toBe(false);
    expect(isPermanentClose(StandardCloseCode.ServerShutdown)).toBe(false);
  });
});
