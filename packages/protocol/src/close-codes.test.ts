import { describe, expect, it } from "vitest";
import { CloseCode } from "@planbridge/protocol";

describe("close codes", () => {
  it("are distinct application codes in the 4000 range", () => {
    const codes = Object.values(CloseCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toBeGreaterThanOrEqual(4000);
  });
});
