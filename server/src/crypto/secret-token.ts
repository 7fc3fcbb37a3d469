/**
 * Bearer secrets (session cookies, invitation and reset links): 32 random bytes, and the SHA-256 that is
 * all the database keeps, so a leaked table signs nobody in and opens no link.
 */
import { createHash, randomBytes } from "node:crypto";

/** Longer than any token we hand out: anything past it is refused before hashing. */
export const MAX_TOKEN_LENGTH = 200;

export function newSecretToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
