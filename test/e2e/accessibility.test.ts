/**
 * axe-core on every page a person reaches, as the roles who reach it: sign-in, the plan list, the plan
 * page (owner and field rep), people, the audit log, an approved version's page and presenter mode. No
 * serious or critical violation may remain. And the plan page by keyboard alone: Tab into a section,
 * Tab back to the toolbar, Bold with Enter, type in bold; the link dialog and the table menu open with Enter and
 * close with Escape.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { seriousAccessibilityFindings } from "./support/accessibility";
import { newPage, signIn } from "./support/browser";
import { approveNextVersion, DEMO_LOGINS, DEMO_PASSWORD, useDemoServerAndBrowser } from "./support/demo-server";

const TOOLBAR = '[role="toolbar"][aria-label="Formatting"]';
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

  it("an approved version's page and presenter mode, as the owner", { timeout: 120_000 }, async () => {
    const versionId = await approveNextVersion(world.server, "Field launch");
    const { context, page } = await newPage(world.browser, world.server.url);
    await signIn(page, DEMO_LOGINS.owner.email, DEMO_PASSWORD);
    await page.goto(`/plans/${world.server.planId}/versions/${versionId}`);
    await page.getByTestId("version-view").getByText("mid-market new ARR").first().waitFor();
    await audit(page, "version page");
    await page.goto(`/plans/${world.server.planId}/present/approved`);
    await page.getByTestId("presenter-slide").getByRole("heading", { name: "FY27 Growth Plan: Mid-Market" }).waitFor();
    await audit(page, "presenter (title slide)");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.getByTestId("slide-counter").textContent()).toMatch(/^2 \//);
    await audit(page, "presenter (second slide)");
    await context.close();
    expect(found).toEqual([]);
  });

  it("the plan page by keyboard: the toolbar is reached by Tab, Bold applies, a dialog and a menu open with Enter and close with Escape", { timeout: 120_000 }, async () => {
    const { context, page } = await newPage(world.browser, world.server.url);
    await signIn(page, DEMO_LOGINS.owner.email, DEMO_PASSWORD);
    await openPlan(page);
    const summary = page.locator('[data-section-editor="summary"]');
    const focused = (selector: string) => page.evaluate((within) => Boolean(document.activeElement?.closest(within)), selector);
    const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? null);
    /** Presses `key` until focus is inside `selector` (and, when given, on the element with `label`). */
    const pressUntil = async (key: string, selector: string, label?: string) => {
      for (let presses = 0; presses < 120; presses++) {
        if ((await focused(selector)) && (label === undefined || (await focusedLabel()) === label)) return;
        await page.keyboard.press(key);
      }
      throw new Error(`${key} never reached ${selector} ${label ?? ""}`);
    };

    // From the top of the page, Tab into the Summary's text; the caret to its start by keyboard.
    await pressUntil("Tab", '[data-section-editor="summary"]');
    await page.keyboard.press("Control+Home");
    // Back to the formatting toolbar (it comes before the sections), Bold with Enter, and type on in bold.
    // (A caret, not a selected range: in about half the runs a range selected just after the page
    // loaded came back collapsed when the toolbar refocused the editor, on earlier builds too; see the
    // closing note of issue 16. The toolbar's reach and Bold's effect are what this test is about.)
    await pressUntil("Shift+Tab", TOOLBAR);
    await pressUntil("Shift+Tab", TOOLBAR, "Bold");
    await page.keyboard.press("Enter");
    await vi.waitFor(async () => expect(await page.getByRole("button", { name: "Bold" }).getAttribute("aria-pressed")).toBe("true"));
    await vi.waitFor(async () => expect(await focused('[data-section-editor="summary"]')).toBe(true));
    await page.keyboard.type("Typed in bold ");
    await summary.locator("strong").first().waitFor();
    expect(await summary.locator("strong").first().textContent()).toBe("Typed in bold ");

    // Bold put the caret back in the text. Shift+Tab reaches the toolbar's last button, the table menu:
    // Enter opens it, Escape closes it and focus returns to its button.
    await pressUntil("Shift+Tab", TOOLBAR, "Table");
    await page.keyboard.press("Enter");
    await page.getByRole("menuitem", { name: "Insert table" }).waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("menuitem", { name: "Insert table" }).waitFor({ state: "hidden" });
    await vi.waitFor(async () => expect(await focusedLabel()).toBe("Table"));

    // The link dialog: Enter opens it with the address field focused, Escape closes it, focus comes back.
    await pressUntil("Shift+Tab", TOOLBAR, "Link");
    await page.keyboard.press("Enter");
    const address = page.getByLabel("Link address");
    await address.waitFor();
    await vi.waitFor(async () => expect(await address.evaluate((input) => input === document.activeElement)).toBe(true));
    await page.keyboard.press("Escape");
    await address.waitFor({ state: "hidden" });
    await vi.waitFor(async () => expect(await focusedLabel()).toBe("Link"));
    await context.close();
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
