/** Issue 3 flows in a real browser: sign-in errors, creating a plan, shaping its sections, adding a member. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage, signIn } from "./support/browser";
import { DEMO_LOGINS, DEMO_PASSWORD, startDemoServer, type DemoServer } from "./support/demo-server";

describe("plan management", () => {
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("explains a wrong password and sends signed-out visitors to sign-in", { timeout: 60_000 }, async () => {
    const { context, page } = await newPage(browser, server.url);
    await page.goto(`/plans/${server.planId}`);
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByLabel("Work email").fill(DEMO_LOGINS.owner.email);
    await page.getByLabel(/^Password/).fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").getByText("don't match an active account").waitFor();

    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`**/plans/${server.planId}`);
    await page.locator("section[data-section-id]").first().waitFor();
    await context.close();
  });

  it("creates a plan from the template, adds and renames a section, and adds a member", { timeout: 90_000 }, async () => {
    const { context, page } = await newPage(browser, server.url);
    await signIn(page, DEMO_LOGINS.owner.email, DEMO_PASSWORD);

    await page.getByRole("button", { name: "New plan" }).first().click();
    await page.getByLabel("Plan title").fill("FY27 Enterprise Launch");
    await page.getByRole("button", { name: "Create plan" }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);
    const titles = page.getByLabel("Section title");
    await titles.first().waitFor();
    await expect.poll(() => titles.first().inputValue()).toBe("Summary");

    const before = await titles.count();
    await page.getByRole("button", { name: "Add section" }).click();
    await page.getByRole("menuitem", { name: "Text section" }).click();
    await expect.poll(() => titles.count()).toBe(before + 1);
    const added = titles.last();
    await added.fill("Launch readiness");
    await added.press("Enter");
    await page.getByRole("navigation", { name: "Plan outline" }).getByText("Launch readiness").waitFor();

    await page.getByLabel("Member email").fill(DEMO_LOGINS.commenter.email);
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByTestId("members-list").getByText(DEMO_LOGINS.commenter.name).waitFor();

    await page.getByRole("link", { name: "Plans", exact: true }).first().click();
    await page.getByRole("link", { name: "FY27 Enterprise Launch" }).waitFor();
    await context.close();
  });
});
