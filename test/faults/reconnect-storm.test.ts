/**
 * Reconnect storm: 100 writers are connected when the server restarts (SIGTERM, then a new process on
 * the same port); each made an edit while it was away. They all reconnect at once, converge to one
 * document and are acknowledged. The child reports its event-loop lag (p99 and max per 250 ms), which
 * this test prints as a figure (speed belongs to the benchmarks, so it is not asserted).
 */
import { expect, it, vi } from "vitest";
import * as Y from "yjs";
import { connectClient, type TestClient } from "../collab/collab-harness";
import { COLLAB_CHILD, exited, faultText, storedDoc, useFaultWorld, type ServerProcess } from "./fault-support";

const CLIENTS = 100;
// Every y-websocket provider listens for process "exit".
process.setMaxListeners(CLIENTS + 20);
const world = useFaultWorld();
const startChild = (port: number): Promise<ServerProcess> => world.start(COLLAB_CHILD, { PORT: String(port), REPORT_LAG: "1" });

function lagFigures(lines: readonly string[]): { p99: number; max: number } {
  const samples = lines.map((line) => /^LAG ([\d.]+) ([\d.]+)$/.exec(line)).filter((match) => match !== null);
  return { p99: Math.max(...samples.map((match) => Number(match[1]))), max: Math.max(...samples.map((match) => Number(match[2]))) };
}

it(`${CLIENTS} clients reconnect at once after a restart and converge`, { timeout: 180_000 }, async () => {
  const first = await startChild(0);
  const clients: TestClient[] = [];
  try {
    for (let i = 0; i < CLIENTS; i++) clients.push(connectClient(`ws://127.0.0.1:${first.port}`, world.plan.planId, world.plan.cookie));
    await vi.waitFor(() => expect(clients.filter((client) => client.provider.synced)).toHaveLength(CLIENTS), { timeout: 60_000 });
    first.child.kill("SIGTERM");
    expect((await exited(first.child)).code).toBe(0);
    clients.forEach((client, index) => faultText(client.doc, index % 3).insert(0, `c${index} `));

    const second = await startChild(first.port);
    const lagBefore = second.lines.length;
    const restarted = Date.now();
    await vi.waitFor(() => expect(clients.filter((client) => client.provider.synced && client.isSaved())).toHaveLength(CLIENTS), {
      timeout: 90_000,
      interval: 200,
    });
    // Every client equal to the first one, as they are now: the first may itself still be receiving the
    // others' edits, so its state vector is read again on every try, never kept from the first one.
    await vi.waitFor(
      () => {
        const reference = Y.encodeStateVector(clients[0].doc);
        clients.forEach((client) => expect(Y.encodeStateVector(client.doc)).toEqual(reference));
      },
      { timeout: 30_000 },
    );
    const convergedMs = Date.now() - restarted;
    const stored = await storedDoc(world.plan);
    for (const client of clients) expect(Y.getState(stored.store, client.doc.clientID)).toBe(Y.getState(client.doc.store, client.doc.clientID));
    const lag = lagFigures(second.lines.slice(lagBefore));
    console.info(`[faults] reconnect storm: ${CLIENTS} clients saved and converged ${convergedMs} ms after the restart; server event-loop lag p99 ${lag.p99} ms, max ${lag.max} ms (per 250 ms window)`);
    second.child.kill("SIGTERM");
    expect((await exited(second.child)).code).toBe(0);
  } finally {
    clients.forEach((client) => client.destroy());
  }
});
