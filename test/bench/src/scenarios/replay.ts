/**
 * One writer sends precomputed update frames at a fixed rate (open loop: the schedule never waits for
 * the server) and readers report when each update reached them. Updates are matched to receipts by
 * order: every server under test forwards one writer's updates in the order it sent them, one frame
 * per update, so the k-th update frame a reader receives is the writer's k-th update.
 */
import { performance } from "node:perf_hooks";
import { decodeSaveAck, MessageType } from "@planbridge/protocol";
import { Samples } from "../stats";
import type { BenchClient } from "../wire/bench-client";
import { quiesceLoadGenerator } from "./scenario";

export interface ReplayOptions {
  /** Updates per second. */
  rate: number;
  /**
   * Measure from the scheduled send time instead of the actual one. Open-loop throughput uses it so
   * that a stalled load generator or server shows up as latency instead of silently lowering the rate.
   */
  fromSchedule?: boolean;
  /** How long to wait after the last send for stragglers. */
  graceMs?: number;
  /** Content messages (sync step 2 or update) the writer sent before this replay, for matching save acks. */
  contentSentBefore?: number;
  /** Wait for save acks too (planbridge sends them; the others do not). */
  expectAcks?: boolean;
}

export interface ReplayResult {
  /** Send to the moment the last reader had the update, one sample per update. */
  fanout: Samples;
  /** Send to the durable save acknowledgement (planbridge only), one sample per update. */
  ack: Samples;
  /** Updates some reader never received within the grace period. */
  lost: number;
  /** Updates never acknowledged (only meaningful when the server sends acks). */
  unacked: number;
  /** Achieved send rate (updates/s), lower than asked when the load generator could not keep up. */
  sentRate: number;
}

export function replay(writer: BenchClient, readers: BenchClient[], frames: Uint8Array[], options: ReplayOptions): Promise<ReplayResult> {
  const count = frames.length;
  const sendTimes = new Float64Array(count);
  const remaining = new Uint16Array(count).fill(readers.length);
  const received = new Uint32Array(readers.length);
  const fanout = new Samples();
  const ack = new Samples();
  let delivered = 0;
  let acked = 0;
  let sent = 0;
  const interval = 1000 / options.rate;
  const ackBase = options.contentSentBefore ?? 0;

  return new Promise((resolve) => {
    let finishTimer: NodeJS.Timeout | undefined;
    const finish = () => {
      clearTimeout(finishTimer);
      readers.forEach((reader) => (reader.onUpdate = null));
      writer.onOther = null;
      const elapsed = sendTimes[count - 1] - sendTimes[0];
      resolve({
        fanout,
        ack,
        lost: count - delivered,
        unacked: count - acked,
        sentRate: elapsed > 0 ? ((count - 1) * 1000) / elapsed : options.rate,
      });
    };
    const maybeDone = () => {
      if (sent === count && delivered === count && (acked === count || !options.expectAcks)) finish();
    };
    readers.forEach((reader, index) => {
      reader.onUpdate = (_frame, now) => {
        const update = received[index]++;
        if (update >= sent) return; // not one of ours (cannot happen on a fresh plan)
        if (--remaining[update] === 0) {
          fanout.push(now - sendTimes[update]);
          delivered++;
          maybeDone();
        }
      };
    });
    writer.onOther = (frame, now) => {
      if (frame.type !== MessageType.SaveAck) return;
      const savedCount = decodeSaveAck(frame.decoder.arr).savedCount;
      const upTo = Math.min(count, savedCount - ackBase);
      for (; acked < upTo; acked++) ack.push(now - sendTimes[acked]);
      maybeDone();
    };
    quiesceLoadGenerator();
    const start = performance.now() + 1;
    const pump = () => {
      const now = performance.now();
      const due = Math.min(count, Math.floor((now - start) / interval) + 1);
      while (sent < due) {
        sendTimes[sent] = options.fromSchedule ? start + sent * interval : performance.now();
        writer.send(frames[sent]);
        writer.contentSent++;
        sent++;
      }
      if (sent < count) {
        setTimeout(pump, Math.max(0, start + sent * interval - performance.now()));
      } else {
        finishTimer = setTimeout(finish, options.graceMs ?? 5000);
        maybeDone();
      }
    };
    setTimeout(pump, 1);
  });
}
