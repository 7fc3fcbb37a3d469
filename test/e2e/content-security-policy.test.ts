/**
 * The built client under the server's Content Security Policy: signing in, opening a plan, live editing
 * over the collaboration socket and the people panel all work, and the browser reports no violation.
 */
import { describe, expect, it } from "vitest";
import { newPage, signIn } from "./support/browser";
import { DEMO_LOGINS, DEMO_PASSWORD, SAMPLE_PLAN_TITLE, useDemoServerAndBrowser } from "./support/demo-server";

describe("content security policy", () => {
  const world = useDemoServerAndBrowser();

  it("the plan page works and the browser reports no CSP violation", { timeout: 60_000 }, async () => {
    const { context, page } = await newPage(world.browser, world.server.url);
    const violations: string[] = [];
    await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
        report(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`);
      });
    });

    const response = await page.goto("/sign-in");
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await signIn(page, DEMO_LOGINS.owner.email, DEMO_PASSWORD);
    await page.getByRole("link", { name: SAMPLE_PLAN_TITLE }).click();
    await page.getByTestId("connection-status").getByText("All changes saved").waitFor();
    const summary = page.locator('[data-section-editor="summary"]');
    await summary.click();
    await page.keyboard.type(" Checked under CSP.");
    await page.locator('[data-section-editor="summary"]').getByText("Checked under CSP.").waitFor();
    await page.getByTestId("connection-status").getByText("All changes saved").waitFor();

    expect(violations).toEqual([]);
    await context.close();
  });
});
