/**
 * SHA-256 of a value's canonical JSON (RFC 8785, via `canonicalize`): the same content always hashes the
 * same, whatever the key order it was built with, so a hash stored today can be recomputed years later.
 */
import { createHash } from "node:crypto";
import canonicalize from "canonicalize";

export function canonicalJson(value: unknown): string {
  const json = canonicalize(value);
  if (json === undefined) throw new TypeError("Value has no JSON form.");
  return json;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function canonicalHash(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
