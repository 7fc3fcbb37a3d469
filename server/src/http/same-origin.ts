/** Cross-site WebSocket hijacking guard: a browser always sends Origin, and it must name this host. */
import type { IncomingMessage } from "node:http";

export function isSameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser: a cookie cannot have been attached by another site
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
