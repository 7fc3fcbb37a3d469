/**
 * The rough edges a new team met in its first hour (issue 13), each in a real browser: the plan title's
 * limit is shown rather than a raw validation error or a silent cut; an archived plan's title is not an
 * input; a long title without spaces stays inside the plan list; read-only readers see "Nothing written
 * yet."; a reviewer is named as one ("Reviewer: you"), not as done; the invite dialog forgets a stale
 * error and deactivating someone asks first; "Add section" focuses and shows the new section's title; the
 * reviewer picker offers council members only (not the owner, not approvers).
 */
import { describe, expect, it, vi } from "vitest";
import { newPage, signIn } from "./support/browser";
import { DEMO_LOGINS, DEMO_PASSWORD, SAMPLE_PLAN_TITLE, useDemoServerAndBrowser } from "./support/demo-server";

const LIMIT_MESSAGE = "A plan title needs 1 to 200 characters.";

describe("rough edges", () => {
  const world = useDemoServerAndBrowser();

  it("plan titles: the limit is shown (header and New plan), long words wrap in the list, archived titles are not inputs", { timeout: 180_000 }, async () => {
    const { context, page } = await newPage(world.browser, world.server.url);
    await signIn(page, DEMO_LOGINS.owner.email, DEMO_PASSWORD);

    // New plan: a 250-character paste is kept whole and the limit is said, instead of cut at 200.
    await page.getByRole("button", { name: "New plan" }).click();
    const dialog = page.getByRole("dialog", { name: "New plan" });
    await dialog.getByLabel("Plan title").fill("y".repeat(250));
    await dialog.getByText(LIMIT_MESSAGE, { exact: false }).waitFor();
    expect(await dialog.getByLabel("Plan title").inputValue()).toHaveLength(250);
    expect(await dialog.getByRole("button", { name: "Create plan" }).isDisabled()).toBe(true);

    // A long title without spaces: the list's columns stay on screen.
    const longWord = "Q".repeat(180);
    await dialog.getByLabel("Plan title").fill(longWord);
    await dialog.getByRole("button", { name: "Create plan" }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/);

    // The header: past 200 characters it says so, and nothing is sent.
    const title = page.getByRole("textbox", { name: "Plan title" });
    await title.fill("z".repeat(201));
    await title.press("Enter");
    await page.getByText(LIMIT_MESSAGE, { exact: false }).waitFor();
    expect(await page.getByText("Argument Validation Error").count()).toBe(0);
    await title.press("Escape");
    expect(await title.inputValue()).toBe(longWord);

    // Archived: the owner sees the title as a heading, not an input that then refuses to save.
    await page.getByRole("button", { name: "Plan actions" }).click();
    await page.getByRole("menuitem", { name: "Archive plan" }).click();
    await page.getByRole("dialog").getByRole("button", { name: /Archive/ }).click();
    await page.getByText("This plan is archived").waitFor();
    await page.getByRole("heading", { name: longWord }).waitFor();
    expect(await page.getByRole("textbox", { name: "Plan title" }).count()).toBe(0);

    await page.goto("/plans?status=ARCHIVED");
    await page.getByRole("link", { name: longWord }).waitFor();
    const table = page.locator("table");
    const fits = await table.evaluate((element) => element.scrollWidth <= element.parentElement!.clientWidth + 1);
    expect(fits).toBe(true);
    await page.getByRole("columnheader", { name: "Updated" }).waitFor();
    expect(await page.getByRole("columnheader", { name: "Updated" }).isVisible()).toBe(true);
    const box = await page.getByRole("columnheader", { name: "Updated" }).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(1440);
    await context.close();
  });

  it("read-only readers see the empty-section placeholder; a reviewer is named as one", { timeout: 180_000 }, async () => {
    const owner = await newPage(world.browser, world.server.url);
    await signIn(owner.page, DEMO_LOGINS.owner.email, DEMO_PASSWORD);
    await owner.page.getByRole("link", { name: SAMPLE_PLAN_TITLE }).click();
    await owner.page.getByRole("button", { name: "Add section" }).click();
    await owner.page.getByRole("menuitem").first().click();
    await owner.page.getByTestId("connection-status").getByText("All changes saved").waitFor();
    await owner.context.close();

    const rita = await newPage(world.browser, world.server.url);
    await signIn(rita.page, DEMO_LOGINS.commenter.email, DEMO_PASSWORD);
    await rita.page.goto(`/plans/${world.server.planId}`);
    await rita.page.locator('[data-section-editor] [data-placeholder="Nothing written yet."]').first().waitFor();
    await rita.context.close();

    const amara = await newPage(world.browser, world.server.url);
    await signIn(amara.page, "amara@acme.test", DEMO_PASSWORD);
    await amara.page.goto(`/plans/${world.server.planId}`);
    await amara.page.getByText("Reviewer: you").first().waitFor();
    expect(await amara.page.getByText(/Reviewed by/).count()).toBe(0);
    await amara.context.close();
  });

  it("Add section focuses and scrolls to the new title; the reviewer picker offers only council members", { timeout: 180_000 }, async () => {
    const { context, page } = await newPage(world.browser, world.server.url);
    await signIn(page, DEMO_LOGINS.owner.email, DEMO_PASSWORD);
    await page.goto(`/plans/${world.server.planId}`);
    await page.locator('[data-section-editor="summary"]').getByText("mid-market new ARR").waitFor();

    // The picker: editors and commenters, never the owner (Maya) or the approver (Dan).
    await page.locator('input[aria-label="Reviewer of Tactic: Partner webinars"]').click();
    await page.getByRole("option", { name: DEMO_LOGINS.commenter.name }).waitFor();
    const offered = await page.getByRole("option").allTextContents();
    expect(offered).toEqual(expect.arrayContaining([DEMO_LOGINS.editor.name, DEMO_LOGINS.commenter.name, "Amara Nwosu"]));
    expect(offered).not.toContain(DEMO_LOGINS.owner.name);
    expect(offered).not.toContain(DEMO_LOGINS.approver.name);
    await page.keyboard.press("Escape");

    // Add section (at the bottom, out of sight): the new section's title is focused, selected and on screen.
    const sectionsBefore = await page.locator("[data-section-id]").count();
    await page.getByRole("button", { name: "Add section" }).click();
    await page.getByRole("menuitem").first().click();
    await vi.waitFor(async () => expect(await page.locator("[data-section-id]").count()).toBe(sectionsBefore + 1));
    const newTitle = page.locator("[data-section-id]").last().getByRole("textbox", { name: "Section title" });
    await vi.waitFor(async () => expect(await newTitle.evaluate((input) => input === document.activeElement)).toBe(true));
    const selected = await newTitle.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0));
    expect(selected).toBe(await newTitle.inputValue());
    await vi.waitFor(async () => {
      const box = await newTitle.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(900);
    });
    await page.keyboard.type("Retention push");
    await page.keyboard.press("Enter");
    await page.getByTestId("connection-status").getByText("All changes saved").waitFor();
    expect(await page.locator("[data-section-id]").last().getAttribute("aria-label")).toBe("Retention push");
    await context.close();
  });

  it("the invite dialog drops a stale error when the address changes; deactivating asks first", { timeout: 120_000 }, async () => {
    const { context, page } = await newPage(world.browser, world.server.url);
    await signIn(page, DEMO_LOGINS.owner.email, DEMO_PASSWORD);
    await page.goto("/people");
    await page.getByRole("button", { name: "Invite person" }).click();
    const dialog = page.getByRole("dialog", { name: "Invite a person" });
    await dialog.getByLabel("Full name").fill("Leo Again");
    await dialog.getByLabel("Work email").fill(DEMO_LOGINS.editor.email);
    await dialog.getByRole("button", { name: "Send invite" }).click();
    await dialog.getByText(/already uses/).waitFor();
    await dialog.getByLabel("Work email").fill("leo.again@acme.test");
    await dialog.getByText(/already uses/).waitFor({ state: "detached" });
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });

    const row = page.getByRole("row", { name: /Tom Becker/ });
    await row.getByRole("button", { name: "Deactivate" }).click();
    const confirm = page.getByRole("dialog", { name: "Deactivate Tom Becker?" });
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await confirm.waitFor({ state: "hidden" });
    expect(await row.getByText("Deactivated").count()).toBe(0);
    await context.close();
  });
});
