/**
 * Runs the digest check on a timer. The timer only decides when to look; whether a digest goes out is
 * decided in PostgreSQL by the claim (council-digest.service.ts), so restarts and extra processes are safe.
 */
import type { CouncilDigestService } from "./council-digest.service";

export interface DigestScheduler {
  /** One check now (what the timer runs); resolves to how many digests this process sent. */
  tick(at?: Date): Promise<number>;
  stop(): void;
}

export function startDigestScheduler(
  digests: CouncilDigestService,
  options: { intervalMs: number; origin: string; onError: (error: unknown) => void },
): DigestScheduler {
  let running: Promise<number> | null = null;
  const tick = (at = new Date()) => {
    // One check at a time per process; an overlapping timer tick joins the running one.
    running ??= digests.sendDue(options.origin, at).finally(() => (running = null));
    return running;
  };
  const timer = options.intervalMs > 0 ? setInterval(() => void tick().catch(options.onError), options.intervalMs) : null;
  timer?.unref();
  return {
    tick,
    stop: () => {
      if (timer) clearInterval(timer);
    },
  };
}
