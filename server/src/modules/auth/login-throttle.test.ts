import { describe, expect, it } from "vitest";
import { ADDRESS_LIMIT, EMAIL_LIMIT, KNOWN_ADDRESS_MS, LoginThrottle, PAIR_LIMIT, WINDOW_MS } from "./login-throttle";

describe("LoginThrottle", () => {
  it("counts an attempt when it is reserved, so the budget holds before any password is checked", () => {
    const throttle = new LoginThrottle();
    const slots = Array.from({ length: PAIR_LIMIT + 5 }, () => throttle.reserve("a@x.test", "10.0.0.1").slot);
    expect(slots.filter(Boolean)).toHaveLength(PAIR_LIMIT);
    expect(throttle.reserve("a@x.test", "10.0.0.1").retryAfterMs).toBeGreaterThan(0);
    expect(throttle.reserve("a@x.test", "10.0.0.2").slot).not.toBeNull();
  });

  it("frees the pair after the window has passed", () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(() => now);
    for (let i = 0; i < PAIR_LIMIT; i += 1) {
      expect(throttle.reserve("a@x.test", "10.0.0.1").slot).not.toBeNull();
      now += 1_000;
    }
    expect(throttle.reserve("a@x.test", "10.0.0.1").retryAfterMs).toBe(WINDOW_MS - PAIR_LIMIT * 1_000);
    now += WINDOW_MS;
    expect(throttle.reserve("a@x.test", "10.0.0.1").slot).not.toBeNull();
  });

  it("forgets this address's failures for the email after a successful sign-in", () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < PAIR_LIMIT - 1; i += 1) throttle.reserve("a@x.test", "10.0.0.1");
    const right = throttle.reserve("a@x.test", "10.0.0.1").slot!;
    throttle.succeeded(right);
    for (let i = 0; i < PAIR_LIMIT; i += 1) expect(throttle.reserve("a@x.test", "10.0.0.1").slot).not.toBeNull();
  });

  it("limits one address across many emails (spraying) and one email across many addresses", () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < ADDRESS_LIMIT; i += 1) expect(throttle.reserve(`user${i}@x.test`, "10.0.0.1").slot).not.toBeNull();
    expect(throttle.reserve("another@x.test", "10.0.0.1").slot).toBeNull();
    for (let i = 0; i < EMAIL_LIMIT; i += 1) expect(throttle.reserve("target@x.test", `10.1.${i >> 8}.${i & 255}`).slot).not.toBeNull();
    expect(throttle.reserve("target@x.test", "10.9.9.9").slot).toBeNull();
  });

  it("a distributed attack that spends the per-email ceiling does not lock out an address the person signed in from", () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(() => now);
    throttle.succeeded(throttle.reserve("target@x.test", "192.0.2.1").slot!);
    for (let i = 0; i < EMAIL_LIMIT; i += 1) throttle.reserve("target@x.test", `10.1.${i >> 8}.${i & 255}`);
    expect(throttle.reserve("target@x.test", "10.9.9.9").slot).toBeNull();
    expect(throttle.reserve("target@x.test", "192.0.2.1").slot).not.toBeNull();
    now += KNOWN_ADDRESS_MS;
    for (let i = 0; i < EMAIL_LIMIT; i += 1) throttle.reserve("target@x.test", `10.2.${i >> 8}.${i & 255}`);
    expect(throttle.reserve("target@x.test", "192.0.2.1").slot).toBeNull();
  });
});
