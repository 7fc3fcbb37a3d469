import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createPlanDoc } from "@planbridge/plan-schema";
import type { StoredDocument } from "./doc-store";
import { SharedDoc } from "./shared-doc";

const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());

function stored(parts: Uint8Array[], rowsSinceSnapshot: number): StoredDocument {
  const byteSize = parts.reduce((sum, part) => sum + part.byteLength, 0);
  return { parts, lastUpdateId: rowsSinceSnapshot, rowsSinceSnapshot, byteSize, snapshotBytes: parts[0]?.byteLength ?? 0, stateVector: null };
}

function textOf(update: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc.getText("note").toString();
}

describe("SharedDoc.encodeStateAsUpdate", () => {
  it("answers an empty state vector with the stored snapshot bytes until the document changes", () => {
    const source = createPlanDoc();
    source.getText("note").insert(0, "stored");
    const snapshot = Y.encodeStateAsUpdate(source);
    const room = new SharedDoc("plan", stored([snapshot], 0));
    try {
      expect(room.encodeStateAsUpdate(EMPTY_STATE_VECTOR)).toBe(snapshot);
      room.doc.getText("note").insert(0, "new, ");
      const after = room.encodeStateAsUpdate(EMPTY_STATE_VECTOR);
      expect(after).not.toBe(snapshot);
      expect(textOf(after)).toBe("new, stored");
    } finally {
      room.destroy();
    }
  });

  it("refuses a malformed snapshot when loading, not on first use", () => {
    const corrupt = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]);
    expect(() => new SharedDoc("plan", stored([corrupt], 0))).toThrow();
  });

  it("encodes from the document when it was loaded from a snapshot plus log rows", () => {
    const source = new Y.Doc();
    const snapshot = Y.encodeStateAsUpdate(source);
    const rows: Uint8Array[] = [];
    source.on("update", (update: Uint8Array) => rows.push(update));
    source.getText("note").insert(0, "row");
    const room = new SharedDoc("plan", stored([snapshot, ...rows], rows.length));
    try {
      const answer = room.encodeStateAsUpdate(EMPTY_STATE_VECTOR);
      expect(answer).not.toBe(snapshot);
      expect(textOf(answer)).toBe("row");
    } finally {
      room.destroy();
    }
  });

  it("gives a peer that holds part of the stored snapshot the rest, before and after the document is built", () => {
    const source = new Y.Doc();
    source.getText("note").insert(0, "held by the peer");
    const peerState = Y.encodeStateAsUpdate(source);
    source.getText("note").insert(0, "new, ");
    source.getText("note").delete(9, 3);
    const room = new SharedDoc("plan", stored([Y.encodeStateAsUpdate(source)], 0));
    try {
      for (const isBuilt of [false, true]) {
        if (isBuilt) expect(room.doc.getText("note").toString()).toBe(source.getText("note").toString());
        const peer = new Y.Doc();
        Y.applyUpdate(peer, peerState);
        Y.applyUpdate(peer, room.encodeStateAsUpdate(Y.encodeStateVector(peer)));
        expect(peer.getText("note").toString()).toBe(source.getText("note").toString());
      }
    } finally {
      room.destroy();
    }
  });

  it("answers a non-empty state vector with only what the peer lacks", () => {
    const source = new Y.Doc();
    source.getText("note").insert(0, "abc");
    const room = new SharedDoc("plan", stored([Y.encodeStateAsUpdate(source)], 0));
    try {
      const peer = new Y.Doc();
      Y.applyUpdate(peer, Y.encodeStateAsUpdate(source));
      const missing = room.encodeStateAsUpdate(Y.encodeStateVector(peer));
      expect(Y.decodeUpdate(missing).structs).toHaveLength(0);
    } finally {
      room.destroy();
    }
  });
});
