/**
 * Issue 11 in real browsers: maya cuts v1 and submits it naming dan; dan approves; the banner shows
 * APPROVED; amara marks her tactic reviewed; maya edits one section and submits v2; dan's whole-plan
 * approval shows as STALE (his covered sections changed) while amara's untouched tactic stays reviewed;
 * the diff view shows the edit. A screenshot of each step lands in test-results/e2e.
 */
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newPage, screenshot, signIn } from "./support/browser";
import { DEMO_LOGINS, DEMO_PASSWORD, useDemoServerAndBrowser, type DemoServer } from "./support/demo-server";

const AMARA = "amara@acme.test";
const EDITED_SECTION = "tactic-abm-email";
const AMARAS_TACTIC = "tactic-partner-webinars";

async function openPlan(browser: Browser, server: DemoServer, email: string): Promise<Page> {
  const { page } = await newPage(browser, server.url);
  await signIn(page, email, DEMO_PASSWORD);
  await page.goto(`/plans/${server.planId}`);
  await page.getByTestId("versions-panel").waitFor();
  return page;
}

async function cutVersion(page: Page, number: number, name?: string): Promise<void> {
  const panel = page.getByTestId("versions-panel");
  if (name) await panel.getByLabel("Version name (optional)").fill(name);
  await panel.getByRole("button", { name: "Cut version" }).click();
  await panel.locator(`[data-version-number="${number}"]`).waitFor();
}

async function submitVersion(page: Page, number: number, approverName: string): Promise<void> {
  await page.getByRole("button", { name: `Version ${number} actions` }).click();
  await page.getByRole("menuitem", { name: "Submit for sign-off" }).click();
  const dialog = page.getByRole("dialog", { name: `Submit version ${number} for sign-off` });
  await dialog.getByRole("checkbox", { name: approverName }).check();
  await dialog.getByRole("button", { name: "Submit" }).click();
  await dialog.waitFor({ state: "hidden" });
}

const banner = (page: Page) => page.getByTestId("signoff-banner");
const approvalOf = (page: Page, email: string) => banner(page).locator(`[data-approver="${email}"]`);

describe("versions and sign-off in the browser", () => {
  const world = useDemoServerAndBrowser();

  it("binds dan's approval and amara's review to the text they saw", { timeout: 120_000 }, async () => {
    const maya = await openPlan(world.browser, world.server, DEMO_LOGINS.owner.email);
    await cutVersion(maya, 1, "Council review draft");
    await submitVersion(maya, 1, DEMO_LOGINS.approver.name);
    await expect.poll(() => approvalOf(maya, DEMO_LOGINS.approver.email).getAttribute("data-state")).toBe("PENDING");
    await screenshot(maya, "signoff-1-maya-submits-v1.png");

    const dan = await openPlan(world.browser, world.server, DEMO_LOGINS.approver.email);
    await banner(dan).getByRole("button", { name: "Approve this version" }).click();
    await expect.poll(() => banner(dan).getAttribute("data-status")).toBe("APPROVED");
    await banner(dan).getByText("Version 1 is approved").waitFor();
    await screenshot(dan, "signoff-2-dan-approves-v1.png");

    const amara = await openPlan(world.browser, world.server, AMARA);
    const amarasRow = amara.locator(`[data-coverage-section="${AMARAS_TACTIC}"]`);
    await amarasRow.getByRole("button", { name: "Mark reviewed" }).click();
    await expect.poll(() => amarasRow.getAttribute("data-state")).toBe("REVIEWED");
    await screenshot(amara, "signoff-3-amara-reviews-her-tactic.png");

    await maya.reload();
    await expect.poll(() => banner(maya).getAttribute("data-status")).toBe("APPROVED");
    const editor = maya.locator(`[data-section-editor="${EDITED_SECTION}"]`);
    await editor.locator("p").last().click();
    await maya.keyboard.press("End");
    await maya.keyboard.type(" Add a fourth touch for late-stage accounts.");
    await maya.getByTestId("connection-status").getByText("All changes saved").waitFor();
    await cutVersion(maya, 2);
    await submitVersion(maya, 2, DEMO_LOGINS.approver.name);
    await expect.poll(() => approvalOf(maya, DEMO_LOGINS.approver.email).getAttribute("data-state")).toBe("STALE");
    await expect.poll(() => banner(maya).getAttribute("data-status")).toBe("IN_REVIEW");
    await expect.poll(() => maya.locator(`[data-coverage-section="${AMARAS_TACTIC}"]`).getAttribute("data-state")).toBe("REVIEWED");
    await maya.evaluate(() => window.scrollTo(0, 0));
    await screenshot(maya, "signoff-4-v2-submitted-dan-stale.png");

    await maya.getByRole("button", { name: "Version 2 actions" }).click();
    await maya.getByRole("menuitem", { name: "Compare with version 1" }).click();
    const diff = maya.getByTestId("version-diff");
    await diff.waitFor();
    const changed = diff.locator("[data-diff-section]");
    await expect.poll(() => changed.count()).toBe(1);
    expect(await changed.first().getAttribute("data-diff-section")).toBe(EDITED_SECTION);
    expect(await changed.first().getAttribute("data-change")).toBe("EDITED");
    await changed.first().locator("ins").getByText("fourth touch", { exact: false }).waitFor();
    await screenshot(maya, "signoff-5-diff-v1-v2.png");

    await maya.goBack();
    await maya.getByRole("button", { name: "Version 1 actions" }).click();
    await maya.getByRole("menuitem", { name: "Open read-only" }).click();
    const v1 = maya.getByTestId("version-view");
    await v1.locator(`[data-version-section="${EDITED_SECTION}"]`).getByText("paused when an opportunity opens").waitFor();
    expect(await v1.getByText("fourth touch").count()).toBe(0);
    expect(await v1.locator("[contenteditable]").count()).toBe(0);
    await screenshot(maya, "signoff-6-version-1-read-only.png");

    await maya.goto(`/plans/${world.server.planId}/audit`);
    await maya.getByText("The chain verifies").waitFor();
    await screenshot(maya, "signoff-7-audit-log.png");
  });
});
