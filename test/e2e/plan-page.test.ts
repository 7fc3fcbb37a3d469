/** Issue 3/4 in a real browser: the demo owner signs in, opens the sample plan and sees its sections. */
import { describe, expect, it } from "vitest";
import { newPage, screenshot, signIn } from "./support/browser";
import { DEMO_LOGINS, DEMO_PASSWORD, SAMPLE_PLAN_TITLE, useDemoServerAndBrowser } from "./support/demo-server";

describe("plan page", () => {
  const world = useDemoServerAndBrowser();

  it("shows the sample plan's sections, members and live status to its owner", { timeout: 60_000 }, async () => {
    const { context, page } = await newPage(world.browser, world.server.url);
    await signIn(page, DEMO_LOGINS.owner.email, DEMO_PASSWORD);

    await page.getByRole("link", { name: SAMPLE_PLAN_TITLE }).click();
    await page.waitForURL(`**/plans/${world.server.planId}`);

    const sections = page.locator("section[data-section-id]");
    await sections.first().waitFor();
    await expect.poll(() => sections.count()).toBeGreaterThan(5);
    await page.getByRole("textbox", { name: "Section title" }).first().waitFor();
    await expect.poll(() => page.getByLabel("Section title").first().inputValue()).toBe("Summary");
    await page.locator('[data-section-editor="summary"]').getByText("mid-market new ARR").waitFor();

    await page.getByTestId("members-list").getByText(DEMO_LOGINS.commenter.name).waitFor();
    await page.getByTestId("connection-status").getByText("All changes saved").waitFor();
    await page.locator(`[data-presence-name="${DEMO_LOGINS.owner.name}"]`).waitFor();
    await page.getByRole("toolbar", { name: "Formatting" }).waitFor();

    await screenshot(page, "plan-page.png");
    await context.close();
  });
});
