import { decodeSaveAck, isSavedUpTo, MessageType } from "@planbridge/protocol";
import { useEffect, useState } from "react";
import type { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

export type SaveStatus = "saved" | "saving" | "retrying";

/**
 * "Saving…" from the first local edit until the server acknowledges that the database holds every
 * edit this browser made (the SaveAck carries per-client clocks; see packages/protocol). Remote edits
 * never make the status "saving": they are someone else's to save. While the server says its database
 * refuses commits (SaveStalled), the status is "retrying" until an ack covers every local edit.
 */
export function useSaveStatus(provider: WebsocketProvider | null): SaveStatus {
  const [status, setStatus] = useState<SaveStatus>("saved");
  useEffect(() => {
    if (!provider) return;
    const { doc } = provider;
    const localClock = () => Y.getState(doc.store, doc.clientID);
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin !== provider) setStatus((status) => (status === "retrying" ? status : "saving"));
    };
    provider.messageHandlers[MessageType.SaveAck] = (_encoder, decoder) => {
      const ack = decodeSaveAck(decoder.arr);
      if (isSavedUpTo(ack, doc.clientID, localClock())) setStatus("saved");
    };
    provider.messageHandlers[MessageType.SaveStalled] = () => setStatus("retrying");
    doc.on("update", onUpdate);
    return () => {
      doc.off("update", onUpdate);
    };
  }, [provider]);
  return status;
}
