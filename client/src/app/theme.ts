import { createTheme, darken, defaultVariantColorsResolver, luminance, parseThemeColor, type VariantColorsResolver } from "@mantine/core";

/** WCAG AA for normal text is 4.5:1; a little margin covers the 10% tint behind "light" variants. */
const FILLED_CONTRAST = 4.6;
const LIGHT_CONTRAST = 5.2;
const WHITE_LUMINANCE = 1;

const darkened = new Map<string, string>();
/** `color`, darkened in small steps until white (or a near-white tint) beside it reaches `contrast`. */
function darkEnough(color: string, contrast: number): string {
  const key = `${color}@${contrast}`;
  let found = darkened.get(key);
  if (found === undefined) {
    found = color;
    for (let amount = 0.05; (WHITE_LUMINANCE + 0.05) / (luminance(found) + 0.05) < contrast && amount < 1; amount += 0.05) found = darken(color, amount);
    darkened.set(key, found);
  }
  return found;
}

/**
 * Mantine's palette is bright: white on teal, green or orange at shade 8 is about 4:1, and the "light" variant
 * (badges, light buttons, alerts) writes shade 6 on a 10% tint of it (2.5 to 3.5:1). Here filled colours and
 * light-variant text are darkened just enough to pass WCAG AA (axe runs in the browser tests). Light-only app.
 */
const readableVariants: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.shade !== undefined) return colors;
  const palette = input.theme.colors[parsed.color];
  if (input.variant === "light") return { ...colors, color: darkEnough(palette[9], LIGHT_CONTRAST) };
  if ((input.variant ?? "filled") === "filled" && colors.color === "var(--mantine-color-white)") {
    const background = darkEnough(palette[8], FILLED_CONTRAST);
    return { ...colors, background, hover: darken(background, 0.1) };
  }
  return colors;
};

export const theme = createTheme({
  primaryColor: "indigo",
  // Shade 6 under white button text is 4.0:1; shade 8 passes WCAG AA (axe runs in the browser tests).
  primaryShade: 8,
  defaultRadius: "md",
  fontFamily: "Inter, ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  headings: { fontWeight: "650" },
  variantColorResolver: readableVariants,
  components: {
    Button: { defaultProps: { radius: "md" } },
    Paper: { defaultProps: { radius: "md" } },
  },
});
