/** Issue 3 and 4 flows in a real browser: sign-in errors, creating a plan, shaping its sections, members, formatting. */
import { describe, expect, it } from "vitest";
import { newPage, screenshot, signIn } from "./support/browser";
import { DEMO_LOGINS, DEMO_PASSWORD, useDemoServerAndBrowser } from "./support/demo-server";

describe("plan management", () => {
  const world = useDemoServerAndBrowser();

  it("explains a wrong password and sends signed-out visitors to sign-in", { timeout: 60_000 }, async () => {
    const { context, page } = await newPage(world.browser, world.server.url);
    await page.goto(`/plans/${world.server.planId}`);
    await page.waitForURL(/\/sign-in\?next=/);
    await page.getByLabel("Work email").fill(DEMO_LOGINS.owner.email);
    await page.getByLabel(/^Password/).fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").getByText("don't match an active account").waitFor();

    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`**/plans/${world.server.planId}`);
    await page.locator("section[data-section-id]").first().waitFor();
    await context.close();
  });

  it("creates a plan from the template, adds, renames, moves and deletes a section, and adds a member", { timeout: 90_000 }, async () => {
    const { context, page } = await newPage(world.browser, world.server.url);
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
    const outline = page.getByRole("navigation", { name: "Plan outline" });
    await outline.getByText("Launch readiness").waitFor();

    // Structure edits are shared-document writes: they must be stored, not just shown.
    await page.getByRole("button", { name: "Section actions for Launch readiness" }).click();
    await page.getByRole("menuitem", { name: "Move up" }).click();
    await page.getByTestId("connection-status").getByText("All changes saved").waitFor();
    await page.reload();
    await expect.poll(() => outline.locator("a").allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining("Launch readiness")]));
    const order = await outline.locator("a").allInnerTexts();
    expect(order.at(-1)).toContain("Feedback cadence");
    expect(order.at(-2)).toContain("Launch readiness");

    await page.getByRole("button", { name: "Section actions for Launch readiness" }).click();
    await page.getByRole("menuitem", { name: "Delete section" }).click();
    await page.getByRole("button", { name: "Delete section" }).click();
    await expect.poll(() => titles.count()).toBe(before);
    await page.getByTestId("connection-status").getByText("All changes saved").waitFor();
    await page.reload();
    await expect.poll(() => titles.count()).toBe(before);

    await page.getByLabel("Member email").fill(DEMO_LOGINS.commenter.email);
    await page.getByRole("button", { name: "Add", exact: true }).click();
    await page.getByTestId("members-list").getByText(DEMO_LOGINS.commenter.name).waitFor();

    await page.getByRole("link", { name: "Plans", exact: true }).first().click();
    await page.getByRole("link", { name: "FY27 Enterprise Launch" }).waitFor();
    await context.close();
  });

  it("formats text with the toolbar: bold, a heading, a list and a table", { timeout: 90_000 }, async () => {
    const { context, page } = await newPage(world.browser, world.server.url);
    await signIn(page, DEMO_LOGINS.owner.email, DEMO_PASSWORD);
    await page.goto(`/plans/${world.server.planId}`);
    const editor = page.locator('[data-section-editor="feedback-cadence"]');
    await editor.locator("p").last().click();
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");

    await page.getByRole("button", { name: "Subheading" }).click();
    await page.keyboard.type("Monthly council call");
    await editor.locator("h3", { hasText: "Monthly council call" }).waitFor();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Bold" }).click();
    await page.keyboard.type("Agenda");
    await editor.locator("strong", { hasText: "Agenda" }).waitFor();
    await page.getByRole("button", { name: "Bold" }).click();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Bulleted list" }).click();
    await page.keyboard.type("Pipeline review");
    await editor.locator("ul li", { hasText: "Pipeline review" }).waitFor();

    await page.getByRole("button", { name: "Table" }).click();
    await page.getByRole("menuitem", { name: "Insert table" }).click();
    await editor.locator("table th").first().waitFor();
    await page.keyboard.type("Region");
    await editor.locator("table th", { hasText: "Region" }).waitFor();
    await page.getByTestId("connection-status").getByText("All changes saved").waitFor();

    // A fresh page load reads the stored document back, formatting included.
    await page.reload();
    const reloaded = page.locator('[data-section-editor="feedback-cadence"]');
    await reloaded.locator("h3", { hasText: "Monthly council call" }).waitFor();
    await reloaded.locator("strong", { hasText: "Agenda" }).waitFor();
    await reloaded.locator("table th", { hasText: "Region" }).waitFor();
    await reloaded.scrollIntoViewIfNeeded();
    await screenshot(page, "formatting.png");
    await context.close();
  });

  it("lets an admin invite a person, revoke the invitation, and deactivate a colleague", { timeout: 60_000 }, async () => {
    const { context, page } = await newPage(world.browser, world.server.url);
    await signIn(page, DEMO_LOGINS.owner.email, DEMO_PASSWORD);
    await page.getByRole("link", { name: "People", exact: true }).first().click();
    await page.getByRole("heading", { name: "People" }).waitFor();

    await page.getByRole("button", { name: "Invite person" }).click();
    await page.getByLabel("Full name").fill("Nina Park");
    await page.getByLabel("Work email").fill("nina.park@acme.test");
    await page.getByRole("button", { name: "Send invite" }).click();
    expect(await page.getByRole("dialog").getByLabel("Invitation link").inputValue()).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await page.getByRole("button", { name: "Done" }).click();

    const invitation = page.getByRole("region", { name: "Invitations" }).getByRole("row", { name: /Nina Park/ });
    await invitation.getByText("Pending").waitFor();
    await invitation.getByRole("button", { name: "Revoke invitation to nina.park@acme.test" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Revoke invitation" }).click();
    await invitation.getByText("Revoked").waitFor();

    const row = page.getByRole("row", { name: /Tom Becker/ });
    await row.getByRole("button", { name: "Deactivate" }).click();
    await page.getByRole("dialog", { name: "Deactivate Tom Becker?" }).getByRole("button", { name: "Deactivate" }).click();
    await row.getByText("Deactivated").waitFor();
    await row.getByRole("button", { name: "Reactivate" }).waitFor();
    await context.close();
  });
});
