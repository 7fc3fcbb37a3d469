/** Black or white, whichever reads better on a background colour (WCAG relative luminance). */
export function readableTextOn(background: string): "black" | "white" {
  const hex = /^#?([0-9a-f]{6})$/i.exec(background.trim())?.[1];
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/i.exec(background.trim());
  const channels = hex ? [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)) : rgb ? rgb.slice(1, 4).map(Number) : null;
  if (!channels) return "white";
  const [r, g, b] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // White on it reaches 4.5:1 only below ~0.18 luminance; above that black reads better.
  return luminance > 0.18 ? "black" : "white";
}
