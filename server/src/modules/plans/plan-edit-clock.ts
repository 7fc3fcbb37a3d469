/**
 * Keeps a plan's `updatedAt` (the list's "Updated", and its order) current with text edits, which reach
 * the database through the collaboration log rather than GraphQL. Edits arrive per keystroke; this
 * writes at most one UPDATE per `intervalMs` for all plans edited meanwhile, each stamped with the time
 * of its latest edit. The first edit after a quiet spell is written at once, so a list reloaded right
 * after typing already shows it.
 */
import type { PlanRepository } from "./plan.repository";

export class PlanEditClock {
  /** Plans edited since the last write, with the time of their latest edit. */
  private readonly pending = new Map<string, Date>();
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> | null = null;
  private lastWriteAt = 0;

  constructor(
    private readonly plans: Pick<PlanRepository, "markEdited">,
    private readonly intervalMs = 5_000,
    private readonly onError: (error: unknown) => void = (error) => console.error("Could not record plan edit times:", error),
  ) {}

  /** A plan's text edit is durable. Only takes note: called before the sender's acknowledgement. */
  noteEdit(planId: string): void {
    this.pending.set(planId, new Date());
    this.schedule();
  }

  /** Writes what is pending now (shutdown, tests). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.writing;
    await this.write();
  }

  private schedule(): void {
    if (this.timer || this.writing) return;
    const wait = Math.max(0, this.lastWriteAt + this.intervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.write();
    }, wait);
    this.timer.unref();
  }

  private async write(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = new Map(this.pending);
    this.pending.clear();
    this.lastWriteAt = Date.now();
    this.writing = this.plans.markEdited(batch).catch(this.onError);
    await this.writing;
    this.writing = null;
    if (this.pending.size > 0) this.schedule();
  }
}
