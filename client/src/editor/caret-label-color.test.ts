import { describe, expect, it } from "vitest";
import { caretLabelTextColor, contrast, relativeLuminance } from "./caret-label-color";

// The server's caret palette (server/src/modules/users/user-colors.ts) and the fallback grey.
const PALETTE = ["#e8590c", "#1c7ed6", "#2f9e44", "#ae3ec9", "#f08c00", "#0c8599", "#d6336c", "#5f3dc4", "#74b816", "#364fc7", "#868e96"];

describe("caretLabelTextColor", () => {
  it("gives every caret colour a label text of at least 4.5:1 contrast", () => {
    for (const color of PALETTE) {
      const text = caretLabelTextColor(color);
      expect(contrast(relativeLuminance(color)!, relativeLuminance(text)!), `${text} on ${color}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("keeps white on dark colours and turns dark on light ones; white when the colour is not #rrggbb", () => {
    expect(caretLabelTextColor("#364fc7")).toBe("#ffffff");
    expect(caretLabelTextColor("#2f9e44")).toBe("#000000");
    expect(caretLabelTextColor("#74b816")).toBe("#000000");
    expect(caretLabelTextColor("rebeccapurple")).toBe("#ffffff");
  });
});
