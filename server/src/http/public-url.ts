/** The origin absolute links are built on: PUBLIC_URL when set, else the origin the request came in on. */
import type { Request } from "express";
import type { Env } from "../config/env";

export function publicOrigin(env: Pick<Env, "publicUrl">, req: Pick<Request, "protocol" | "get"> | undefined): string {
  if (env.publicUrl) return env.publicUrl;
  const host = req?.get("host");
  if (!req || !host) return "http://localhost";
  // req.protocol honours X-Forwarded-Proto only when TRUST_PROXY says the proxy may be believed.
  return `${req.protocol}://${host}`;
}
