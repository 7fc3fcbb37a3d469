/**
 * Two people in two browsers edit one section of the sample plan: each sees the other's text and
 * caret. A commenter watches the same text live but cannot type into it.
 */
import type { Browser, Page, WebSocketRoute } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newPage, screenshot, signIn } from "./support/browser";
import { DEMO_LOGINS, DEMO_PASSWORD, useDemoServerAndBrowser, type DemoServer } from "./support/demo-server";

const SECTION_ID = "competitive-threats";

async function openSamplePlan(browser: Browser, server: DemoServer, email: string, beforeOpen?: (page: Page) => Promise<void>): Promise<Page> {
  const { page } = await newPage(browser, server.url);
  await signIn(page, email, DEMO_PASSWORD);
  await beforeOpen?.(page);
  await page.goto(`/plans/${server.planId}`);
  await sectionEditor(page).waitFor();
  return page;
}

function sectionEditor(page: Page) {
  return page.locator(`[data-section-editor="${SECTION_ID}"]`);
}

function caretOf(page: Page, name: string) {
  return sectionEditor(page).locator(`.collaboration-carets__caret[data-caret-name="${name}"]`);
}

/** Puts the caret at the end of the section's text and types there. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  const editor = sectionEditor(page);
  await editor.locator("p").last().click();
  await page.keyboard.press("End");
  await page.keyboard.type(text);
}

/**
 * Routes the page's collaboration socket through playwright so a test can cut it: while "offline",
 * every reconnect attempt is refused, as when the laptop lid is closed or the Wi-Fi drops.
 */
class CuttableConnection {
  private isOffline = false;
  private readonly open: { page: WebSocketRoute; server: WebSocketRoute }[] = [];

  async install(page: Page): Promise<void> {
    await page.routeWebSocket(/\/collab\//, (route) => {
      if (this.isOffline) return route.close({ code: 1001, reason: "offline" });
      this.open.push({ page: route, server: route.connectToServer() });
    });
  }

  async goOffline(): Promise<void> {
    this.isOffline = true;
    for (const { page, server } of this.open.splice(0)) {
      await server.close();
      await page.close({ code: 1001, reason: "offline" });
    }
  }

  goOnline(): void {
    this.isOffline = false;
  }
}

describe("live collaboration", () => {
  const world = useDemoServerAndBrowser();

  it("shows each editor the other's text and caret", { timeout: 90_000 }, async () => {
    const maya = await openSamplePlan(world.browser, world.server, DEMO_LOGINS.owner.email);
    const leo = await openSamplePlan(world.browser, world.server, DEMO_LOGINS.editor.email);
    await maya.locator(`[data-presence-name="${DEMO_LOGINS.editor.name}"]`).waitFor();

    await typeAtEnd(maya, " Maya: we also lose deals to in-house builds.");
    await sectionEditor(leo).getByText("Maya: we also lose deals to in-house builds.").waitFor();
    await caretOf(leo, DEMO_LOGINS.owner.name).waitFor();

    await typeAtEnd(leo, " Leo: add the build-vs-buy calculator.");
    await sectionEditor(maya).getByText("Leo: add the build-vs-buy calculator.").waitFor();
    await caretOf(maya, DEMO_LOGINS.editor.name).waitFor();

    for (const page of [maya, leo]) await page.getByTestId("connection-status").getByText("All changes saved").waitFor();
    await sectionEditor(maya).scrollIntoViewIfNeeded();
    await sectionEditor(leo).scrollIntoViewIfNeeded();
    await screenshot(maya, "collaboration-maya.png");
    await screenshot(leo, "collaboration-leo.png");
    await Promise.all([maya.context().close(), leo.context().close()]);
  });

  it("lets a commenter read along live but not type", { timeout: 90_000 }, async () => {
    const maya = await openSamplePlan(world.browser, world.server, DEMO_LOGINS.owner.email);
    const rita = await openSamplePlan(world.browser, world.server, DEMO_LOGINS.commenter.email);
    const ritaEditor = sectionEditor(rita);
    expect(await ritaEditor.getAttribute("contenteditable")).toBe("false");

    await typeAtEnd(maya, " Update for the field: new battlecard next week.");
    await ritaEditor.getByText("Update for the field: new battlecard next week.").waitFor();

    const before = await ritaEditor.innerText();
    await ritaEditor.click();
    await rita.keyboard.type("rita was here");
    await maya.getByTestId("connection-status").getByText("All changes saved").waitFor();
    expect(await ritaEditor.innerText()).toBe(before);
    expect(await sectionEditor(maya).innerText()).not.toContain("rita was here");
    await rita.getByText("you see every change live").waitFor();

    await ritaEditor.scrollIntoViewIfNeeded();
    await screenshot(rita, "read-only-commenter.png");
    await Promise.all([maya.context().close(), rita.context().close()]);
  });

  it("keeps edits made while disconnected and syncs them on reconnect", { timeout: 90_000 }, async () => {
    const connection = new CuttableConnection();
    const maya = await openSamplePlan(world.browser, world.server, DEMO_LOGINS.owner.email);
    const leo = await openSamplePlan(world.browser, world.server, DEMO_LOGINS.editor.email, (page) => connection.install(page));
    await leo.getByTestId("connection-status").getByText("All changes saved").waitFor();

    await connection.goOffline();
    await leo.getByTestId("connection-status").getByText("Reconnecting…").waitFor();
    await typeAtEnd(leo, " Written on the train without Wi-Fi.");
    await screenshot(leo, "reconnecting.png");

    connection.goOnline();
    await sectionEditor(maya).getByText("Written on the train without Wi-Fi.").waitFor();
    await leo.getByTestId("connection-status").getByText("All changes saved").waitFor();
    await Promise.all([maya.context().close(), leo.context().close()]);
  });

  it("shows a reviewer assignment live and tells a removed member why editing stopped", { timeout: 90_000 }, async () => {
    const maya = await openSamplePlan(world.browser, world.server, DEMO_LOGINS.owner.email);
    const leo = await openSamplePlan(world.browser, world.server, DEMO_LOGINS.editor.email);
    const tactic = '[data-section-id="tactic-partner-webinars"]';

    await maya.locator(`input[aria-label="Reviewer of Tactic: Partner webinars"]`).click();
    await maya.getByRole("option", { name: DEMO_LOGINS.commenter.name }).click();
    await leo.locator(tactic).getByText(`Reviewer: ${DEMO_LOGINS.commenter.name}`).waitFor();

    await maya.getByRole("button", { name: `Remove ${DEMO_LOGINS.editor.name}` }).click();
    await leo.getByRole("alert").getByText("You no longer have access to this plan.").waitFor();
    await leo.getByTestId("connection-status").getByText("Disconnected").waitFor();
    expect(await sectionEditor(leo).getAttribute("contenteditable")).toBe("false");
    await screenshot(leo, "access-removed.png");
    await Promise.all([maya.context().close(), leo.context().close()]);
  });
});
