/**
 * CPU time spent per update, a figure that does not depend on how the two cores happened to be
 * scheduled: tail latencies on a shared machine move by 30% from run to run, CPU time per update
 * moves by a few percent, so it shows whether a change made the server cheaper.
 *
 * The server's own time comes from the child (`process.cpuUsage`); the database's from the kernel's
 * accounting of the PostgreSQL backends serving the bench database (only when PostgreSQL runs on this
 * machine, which is how the bench runs; 10 ms clock ticks, so it is summed over whole rounds).
 */
import { readFile } from "node:fs/promises";
import { Client } from "pg";

const CLOCK_TICK_US = 10_000;

export class DatabaseCpu {
  private constructor(private readonly client: Client) {}

  static async connect(databaseUrl: string): Promise<DatabaseCpu> {
    const client = new Client({ connectionString: databaseUrl });
    client.on("error", () => undefined);
    await client.connect();
    return new DatabaseCpu(client);
  }

  /** CPU microseconds used so far by the other backends of this database (null: not on this machine). */
  async micros(): Promise<number | null> {
    const result = await this.client.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
    let total = 0;
    for (const { pid } of result.rows) {
      const ticks = await processTicks(pid);
      if (ticks === null) return null;
      total += ticks * CLOCK_TICK_US;
    }
    return total;
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

/** utime + stime of a process in clock ticks, from /proc (null when it is not visible here). */
async function processTicks(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may itself hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/** Sums CPU microseconds and updates over the rounds of one system. */
export class CpuPerUpdate {
  private serverMicros = 0;
  private databaseMicros: number | null = 0;
  private updates = 0;

  add(updates: number, serverMicros: number, databaseMicros: number | null): void {
    this.updates += updates;
    this.serverMicros += serverMicros;
    this.databaseMicros = this.databaseMicros === null || databaseMicros === null ? null : this.databaseMicros + databaseMicros;
  }

  get server(): number {
    return this.updates > 0 ? this.serverMicros / this.updates : Number.NaN;
  }

  get database(): number | null {
    return this.updates > 0 && this.databaseMicros !== null ? this.databaseMicros / this.updates : null;
  }
}
