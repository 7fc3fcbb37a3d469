import { describe, expect, it } from "vitest";
import { LoginThrottle, MAX_FAILURES, WINDOW_MS } from "./login-throttle";

describe("LoginThrottle", () => {
  it("locks an email after MAX_FAILURES failures until the oldest one leaves the window", () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(() => now);
    for (let i = 0; i < MAX_FAILURES; i += 1) {
      expect(throttle.retryAfterMs("a@x.test")).toBe(0);
      throttle.recordFailure("a@x.test");
      now += 1_000;
    }
    expect(throttle.retryAfterMs("a@x.test")).toBe(WINDOW_MS - MAX_FAILURES * 1_000);
    expect(throttle.retryAfterMs("b@x.test")).toBe(0);
    now += WINDOW_MS - MAX_FAILURES * 1_000 + 1;
    expect(throttle.retryAfterMs("a@x.test")).toBe(0);
  });

  it("forgets failures after a successful sign-in", () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < MAX_FAILURES - 1; i += 1) throttle.recordFailure("a@x.test");
    throttle.recordSuccess("a@x.test");
    throttle.recordFailure("a@x.test");
    expect(throttle.retryAfterMs("a@x.test")).toBe(0);
  });
});
