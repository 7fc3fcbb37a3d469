/**
 * Several writers edit one plan at once (each in its own paragraph, like co-editing), open loop at a
 * fixed total rate spread evenly over them; one reader reports when each update reached it. Receipts
 * are matched per writer by order, the writer read from the update's client id; acks per writer by
 * their saved count.
 */
import { performance } from "node:perf_hooks";
import { decodeSaveAck, MessageType } from "@planbridge/protocol";
import { Samples } from "../stats";
import type { BenchClient } from "../wire/bench-client";
import { readUpdateClient } from "../wire/yjs-messages";
import type { ReplayResult } from "./replay";

export interface CoEditingOptions {
  /** Updates per second, all writers together. */
  rate: number;
  /** Client id of writer 0's updates; writer w uses clientIdBase + w. */
  clientIdBase: number;
  graceMs: number;
  expectAcks: boolean;
}

/**
 * `frames[w]` are writer w's update frames. Update i of the run (writer i % writers, its
 * floor(i / writers)-th) is scheduled at start + i / rate; latency counts from the schedule, so a
 * stalled server or load generator shows as latency rather than as a lower rate.
 */
export function replayCoEditing(writers: BenchClient[], reader: BenchClient, frames: Uint8Array[][], options: CoEditingOptions): Promise<ReplayResult> {
  const writerCount = writers.length;
  const perWriter = frames[0].length;
  const count = writerCount * perWriter;
  const interval = 1000 / options.rate;
  const received = new Uint32Array(writerCount);
  const acked = new Uint32Array(writerCount);
  const fanout = new Samples();
  const ack = new Samples();
  let delivered = 0;
  let ackedTotal = 0;
  let sent = 0;
  const start = performance.now() + 1;
  const scheduled = (writer: number, index: number) => start + (index * writerCount + writer) * interval;

  return new Promise((resolve) => {
    let finishTimer: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(finishTimer);
      reader.onUpdate = null;
      writers.forEach((writer) => (writer.onOther = null));
      resolve({ fanout, ack, lost: count - delivered, unacked: count - ackedTotal, sentRate: options.rate });
    };
    const maybeDone = () => {
      if (sent === count && delivered === count && (ackedTotal === count || !options.expectAcks)) finish();
    };
    reader.onUpdate = (frame, now) => {
      const writer = readUpdateClient(frame.decoder) - options.clientIdBase;
      if (writer < 0 || writer >= writerCount || received[writer] >= perWriter) return;
      fanout.push(now - scheduled(writer, received[writer]++));
      delivered++;
      maybeDone();
    };
    writers.forEach((client, writer) => {
      client.onOther = (frame, now) => {
        if (frame.type !== MessageType.SaveAck) return;
        const upTo = Math.min(perWriter, decodeSaveAck(frame.decoder.arr).savedCount);
        for (; acked[writer] < upTo; acked[writer]++, ackedTotal++) ack.push(now - scheduled(writer, acked[writer]));
        maybeDone();
      };
    });
    const pump = () => {
      const due = Math.min(count, Math.floor((performance.now() - start) / interval) + 1);
      for (; sent < due; sent++) writers[sent % writerCount].send(frames[sent % writerCount][Math.floor(sent / writerCount)]);
      if (sent < count) {
        setTimeout(pump, Math.max(0, start + sent * interval - performance.now()));
      } else {
        finishTimer = setTimeout(finish, options.graceMs);
        maybeDone();
      }
    };
    setTimeout(pump, 1);
  });
}
