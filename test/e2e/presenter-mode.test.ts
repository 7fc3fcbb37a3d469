/**
 * Issue 12 in real browsers: the sample plan's version 1 is approved; maya opens presenter mode from
 * the plan page and steps with the keyboard; rita (a field rep) sees "maya is presenting", follows, and
 * her screen changes slide when maya's does. rita also downloads the approved deck from the same menu.
 * Screenshots of two presented slides and of the follower land in test-results/e2e.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newPage, screenshot, signIn } from "./support/browser";
import { approveNextVersion, DEMO_LOGINS, DEMO_PASSWORD, useDemoServerAndBrowser, type DemoServer } from "./support/demo-server";

async function openPlan(page: Page, server: DemoServer, email: string): Promise<void> {
  await signIn(page, email, DEMO_PASSWORD);
  await page.goto(`/plans/${server.planId}`);
  await page.getByTestId("versions-panel").waitFor();
}

const counter = (page: Page) => page.getByTestId("slide-counter");
const shownSlide = (page: Page) => page.getByTestId("presenter-slide").getAttribute("data-slide-index");

describe("presenter mode in the browser", () => {
  const world = useDemoServerAndBrowser();

  it("maya presents the approved version with the keyboard and rita follows her slide by slide", { timeout: 120_000 }, async () => {
    await approveNextVersion(world.server, "Field launch");
    const { page: maya } = await newPage(world.browser, world.server.url);
    await openPlan(maya, world.server, DEMO_LOGINS.owner.email);
    await maya.getByRole("button", { name: "Present / export" }).click();
    await maya.getByRole("menuitem", { name: "Present" }).click();
    await maya.getByTestId("presenter-slide").waitFor();
    const total = Number((await counter(maya).textContent())?.split("/")[1]);
    expect(total).toBeGreaterThan(15);
    await expect.poll(() => counter(maya).textContent()).toBe(`1 / ${total}`);
    await maya.getByTestId("presenter-slide").getByRole("heading", { name: "FY27 Growth Plan: Mid-Market" }).waitFor();
    await maya.getByTestId("speaker-notes").getByText("Version 1: Field launch, approved.", { exact: false }).waitFor();
    expect(await maya.getByTestId("presenter-slide").getByText("DRAFT").count()).toBe(0);
    await screenshot(maya, "presenter-1-title-slide.png");

    // Keyboard: right arrow and space step forward, left arrow steps back.
    await maya.keyboard.press("ArrowRight");
    await maya.keyboard.press(" ");
    await maya.keyboard.press("ArrowRight");
    await maya.keyboard.press("ArrowLeft");
    await expect.poll(() => counter(maya).textContent()).toBe(`3 / ${total}`);
    await maya.getByTestId("presenter-slide").getByRole("heading", { name: "Summary" }).waitFor();

    const { page: rita } = await newPage(world.browser, world.server.url);
    await openPlan(rita, world.server, DEMO_LOGINS.commenter.email);
    const banner = rita.getByTestId("presenter-banner");
    await banner.getByText("Maya Okafor is presenting version 1").waitFor();
    await banner.getByRole("link", { name: "Follow Maya Okafor" }).click();
    await rita.getByTestId("following-badge").getByText("Following Maya Okafor").waitFor();
    await expect.poll(() => shownSlide(rita)).toBe("2");

    // maya walks to the partner-webinars tactic; rita's screen follows every step.
    for (let step = 0; step < 6; step += 1) {
      const started = Date.now();
      await maya.keyboard.press("ArrowRight");
      const expected = String(3 + step);
      await expect.poll(() => shownSlide(rita), { interval: 20 }).toBe(expected);
      console.log(`follower reached slide ${Number(expected) + 1} ${Date.now() - started} ms after the key press`);
    }
    await maya.getByTestId("presenter-slide").getByRole("heading", { name: "Tactic: Partner webinars" }).waitFor();
    await rita.getByTestId("presenter-slide").getByText("Council reviewer:").waitFor();
    await screenshot(maya, "presenter-2-tactic-slide.png");
    await screenshot(rita, "presenter-3-follower.png");
    await expect.poll(() => counter(rita).textContent()).toBe(`9 / ${total}`);

    // A click on the slide steps forward too; End jumps to the sign-off slide with the approver and hash.
    await maya.getByTestId("presenter-slide").click();
    await expect.poll(() => shownSlide(rita)).toBe("9");
    await maya.keyboard.press("End");
    await rita.getByTestId("presenter-slide").getByRole("heading", { name: "Sign-off" }).waitFor();
    await rita.getByTestId("presenter-slide").getByText("Dan Morales").waitFor();
  });

  it("rita downloads the approved deck from the plan page's menu", { timeout: 60_000 }, async () => {
    const { page: rita } = await newPage(world.browser, world.server.url);
    await openPlan(rita, world.server, DEMO_LOGINS.commenter.email);
    await rita.getByRole("button", { name: "Present / export" }).click();
    const [download] = await Promise.all([rita.waitForEvent("download"), rita.getByRole("menuitem", { name: "Download PowerPoint (.pptx)" }).click()]);
    expect(download.suggestedFilename()).toBe("fy27-growth-plan-mid-market-v1-approved.pptx");
    await rita.getByText("fy27-growth-plan-mid-market-v1-approved.pptx").waitFor();
  });
});
