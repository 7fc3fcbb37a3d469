/**
 * axe-core on every page a person reaches, as the roles who reach it: sign-in, the plan list, the plan
 * page (owner and field rep), people, and the audit log. No
 * serious or critical violation may remain.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { seriousAccessibilityFindings } from "./support/accessibility";
import { newPage, signIn } from "./support/browser";
import { DEMO_LOGINS, DEMO_PASSWORD, useDemoServerAndBrowser } from "./support/demo-server";

const README_SCREENSHOTS = path.resolve(__dirname, "../../docs/screenshots");

describe("accessibility (axe-core)", () => {
  const world = useDemoServerAndBrowser();

  // Every page is audited before the test fails, so one run lists everything to fix.
  let found: { where: string; rule: string; targets: string[] }[] = [];
  beforeEach(() => {
    found = [];
  });
  const audit = async (page: Page, where: string) => {
    for (const finding of await seriousAccessibilityFindings(page)) found.push({ where, rule: `${finding.rule} (${finding.impact}): ${finding.help}`, targets: finding.targets });
  };

  const openPlan = async (page: Page) => {
    await page.goto(`/plans/${world.server.planId}`);
    await page.locator('[data-section-editor="summary"]').getByText("mid-market new ARR").waitFor();
    await page.getByTestId("versions-panel").waitFor();
  };

  it("sign-in, plan list, plan page, audit log and people, as the owner", { timeout: 180_000 }, async () => {
    const { context, page } = await newPage(world.browser, world.server.url);
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    await audit(page, "sign-in");
    await signIn(page, DEMO_LOGINS.owner.email, DEMO_PASSWORD);
    await audit(page, "plan list");
    await openPlan(page);
    await audit(page, "plan page (owner)");
    // The README's pictures of the plan page, kept current by this test.
    await page.screenshot({ path: path.join(README_SCREENSHOTS, "plan-page-owner.png") });

    await page.goto(`/plans/${world.server.planId}/audit`);
    await page.getByRole("heading", { name: /audit/i }).first().waitFor();
    await audit(page, "audit log");


    await page.goto("/people");
    await page.getByRole("heading", { name: "People" }).waitFor();
    await audit(page, "people");
    await context.close();
    expect(found).toEqual([]);
  });

  it("the plan page as a field rep", { timeout: 120_000 }, async () => {
    const { context, page } = await newPage(world.browser, world.server.url);
    await signIn(page, DEMO_LOGINS.commenter.email, DEMO_PASSWORD);
    await openPlan(page);
    await audit(page, "plan page (field rep)");
    await page.screenshot({ path: path.join(README_SCREENSHOTS, "plan-page-field-rep.png") });
    await context.close();
    expect(found).toEqual([]);
  });
});
