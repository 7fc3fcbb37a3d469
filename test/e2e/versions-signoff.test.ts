/**
 * Issue 11 in real browsers: maya cuts v1 and submits it naming dan for the partner-webinars tactic;
 * dan approves; the banner shows APPROVED; amara marks her tactic reviewed. maya edits another section
 * and submits v2: dan's approval carries over (his section did not change). She then edits his section
 * and submits v3: dan's approval and amara's review show as STALE, and the diff view shows the edit.
 * A screenshot of each step lands in test-results/e2e.
 */
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newPage, screenshot, signIn } from "./support/browser";
import { DEMO_LOGINS, DEMO_PASSWORD, useDemoServerAndBrowser, type DemoServer } from "./support/demo-server";

const AMARA = "amara@acme.test";
const OTHER_SECTION = "tactic-abm-email";
const DANS_SECTION = "tactic-partner-webinars";
const DANS_SECTION_TITLE = "Tactic: Partner webinars";
const AMARAS_TACTIC = DANS_SECTION;

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

/** Submits a version naming one approver who signs only `sectionTitle`. */
async function submitVersion(page: Page, number: number, approverName: string, sectionTitle: string): Promise<void> {
  await page.getByRole("button", { name: `Version ${number} actions` }).click();
  await page.getByRole("menuitem", { name: "Submit for sign-off" }).click();
  const dialog = page.getByRole("dialog", { name: `Submit version ${number} for sign-off` });
  await dialog.getByRole("checkbox", { name: approverName }).check();
  await dialog.getByRole("switch", { name: `${approverName} signs only some sections` }).check();
  await dialog.getByRole("checkbox", { name: sectionTitle }).check();
  await dialog.getByRole("button", { name: "Submit" }).click();
  await dialog.waitFor({ state: "hidden" });
}

async function appendToSection(page: Page, sectionId: string, text: string): Promise<void> {
  const editor = page.locator(`[data-section-editor="${sectionId}"]`);
  await editor.locator("p").last().click();
  await page.keyboard.press("End");
  await page.keyboard.type(text);
  await page.getByTestId("connection-status").getByText("All changes saved").waitFor();
}

const banner = (page: Page) => page.getByTestId("signoff-banner");
const approvalOf = (page: Page, email: string) => banner(page).locator(`[data-approver="${email}"]`);

describe("versions and sign-off in the browser", () => {
  const world = useDemoServerAndBrowser();

  it("binds dan's approval and amara's review to the text they saw", { timeout: 120_000 }, async () => {
    const maya = await openPlan(world.browser, world.server, DEMO_LOGINS.owner.email);
    await cutVersion(maya, 1, "Council review draft");
    await submitVersion(maya, 1, DEMO_LOGINS.approver.name, DANS_SECTION_TITLE);
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

    // An edit outside dan's section: his approval carries over to v2 and the plan stays approved.
    await maya.reload();
    await expect.poll(() => banner(maya).getAttribute("data-status")).toBe("APPROVED");
    await appendToSection(maya, OTHER_SECTION, " Add a fourth touch for late-stage accounts.");
    await cutVersion(maya, 2);
    await submitVersion(maya, 2, DEMO_LOGINS.approver.name, DANS_SECTION_TITLE);
    await banner(maya).getByText("Version 2 is approved").waitFor();
    expect(await approvalOf(maya, DEMO_LOGINS.approver.email).getAttribute("data-state")).toBe("CURRENT");
    await maya.evaluate("window.scrollTo(0, 0)");
    await screenshot(maya, "signoff-4-v2-dan-carried-over.png");

    // An edit inside dan's section: his approval and amara's review go stale for v3.
    await appendToSection(maya, DANS_SECTION, " Each partner co-hosts at least two sessions.");
    await cutVersion(maya, 3);
    await submitVersion(maya, 3, DEMO_LOGINS.approver.name, DANS_SECTION_TITLE);
    await expect.poll(() => approvalOf(maya, DEMO_LOGINS.approver.email).getAttribute("data-state")).toBe("STALE");
    await expect.poll(() => banner(maya).getAttribute("data-status")).toBe("IN_REVIEW");
    await expect.poll(() => maya.locator(`[data-coverage-section="${AMARAS_TACTIC}"]`).getAttribute("data-state")).toBe("STALE");
    await maya.evaluate("window.scrollTo(0, 0)");
    await screenshot(maya, "signoff-5-v3-dan-stale.png");

    await maya.getByRole("button", { name: "Version 3 actions" }).click();
    await maya.getByRole("menuitem", { name: "Compare with version 2" }).click();
    const diff = maya.getByTestId("version-diff");
    await diff.waitFor();
    const changed = diff.locator("[data-diff-section]");
    await expect.poll(() => changed.count()).toBe(1);
    expect(await changed.first().getAttribute("data-diff-section")).toBe(DANS_SECTION);
    expect(await changed.first().getAttribute("data-change")).toBe("EDITED");
    await changed.first().locator("ins").getByText("co-hosts", { exact: false }).waitFor();
    await screenshot(maya, "signoff-6-diff-v2-v3.png");

    await maya.goBack();
    await maya.getByRole("button", { name: "Version 1 actions" }).click();
    await maya.getByRole("menuitem", { name: "Open read-only" }).click();
    const v1 = maya.getByTestId("version-view");
    await v1.locator(`[data-version-section="${OTHER_SECTION}"]`).getByText("paused when an opportunity opens").waitFor();
    expect(await v1.getByText("fourth touch").count()).toBe(0);
    expect(await v1.locator("[contenteditable]").count()).toBe(0);
    await screenshot(maya, "signoff-7-version-1-read-only.png");

    await maya.goto(`/plans/${world.server.planId}/audit`);
    await maya.getByText("The chain verifies").waitFor();
    await screenshot(maya, "signoff-8-audit-log.png");
  });
});
