/** axe-core in the page under test (@axe-core/playwright over playwright-core): serious and critical findings fail. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

export interface AccessibilityFinding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** The serious and critical axe violations on the page as it is now (WCAG 2.1 A/AA rules and best practices). */
export async function seriousAccessibilityFindings(page: Page): Promise<AccessibilityFinding[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? "unknown",
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => `${node.target.join(" ")}: ${node.html.slice(0, 160)}`),
    }));
}
