/**
 * Text colour for a caret's name label on the person's colour: white or black, whichever contrasts
 * more (WCAG relative luminance). One of the two always reaches 4.5:1, which the label's 11 px text needs;
 * white alone does not on the palette's greens and oranges.
 */
const LIGHT = "#ffffff";
const DARK = "#000000";

export function caretLabelTextColor(background: string): string {
  const luminance = relativeLuminance(background);
  if (luminance === null) return LIGHT;
  return contrast(relativeLuminance(LIGHT)!, luminance) >= contrast(luminance, relativeLuminance(DARK)!) ? LIGHT : DARK;
}

/** WCAG contrast ratio of two relative luminances. */
export function contrast(a: number, b: number): number {
  const [light, dark] = a >= b ? [a, b] : [b, a];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG relative luminance of a #rrggbb colour; null for anything else. */
export function relativeLuminance(hex: string): number | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((part) => {
    const channel = parseInt(part, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
