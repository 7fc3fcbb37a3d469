/** The deck's one theme: 16:9, white, a navy title, a teal accent; sizes in inches and points. */
export const THEME = {
  layout: "LAYOUT_WIDE" as const,
  width: 13.333,
  height: 7.5,
  font: "Arial",
  mono: "Courier New",
  navy: "1F3A5F",
  accent: "0C8599",
  text: "212529",
  muted: "6C757D",
  rule: "DEE2E6",
  tableHeader: "E7F5FF",
  draft: "C92A2A",
  margin: 0.6,
  titleY: 0.35,
  titleSize: 28,
  bodyY: 1.5,
  bodySize: 18,
  headingSize: 20,
  /** Height one budget line takes on the slide, spacing included (14 lines fill the body). */
  lineHeight: 0.36,
  footerY: 6.95,
};
