/**
 * Issue 14 in real browsers: maya drafts the lead rubric (adds a criterion) and publishes it, dan co-signs
 * it, rita acknowledges it and the plan shows who in the field has; maya then adds a campaign whose prep
 * window has already started with enablement not ready, and the calendar shows the warning. Screenshots
 * of each step land in test-results/e2e.
 */
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { addDays, dateIn } from "../../server/src/modules/campaigns/calendar-dates";
import { newPage, screenshot, signIn } from "./support/browser";
import { DEMO_LOGINS, DEMO_PASSWORD, useDemoServerAndBrowser, type DemoServer } from "./support/demo-server";

async function open(browser: Browser, server: DemoServer, email: string, path: string, testId: string): Promise<Page> {
  const { page } = await newPage(browser, server.url);
  await signIn(page, email, DEMO_PASSWORD);
  await page.goto(`/plans/${server.planId}/${path}`);
  await page.getByTestId(testId).waitFor();
  return page;
}

describe("lead definition and campaign calendar in the browser", () => {
  const world = useDemoServerAndBrowser();

  it("maya drafts, dan co-signs, rita acknowledges; a campaign in its prep window without enablement warns", { timeout: 180_000 }, async () => {
    const maya = await open(world.browser, world.server, DEMO_LOGINS.owner.email, "leads", "lead-definition");
    const rows = maya.getByTestId("criterion-row");
    const before = await rows.count();
    await maya.getByRole("button", { name: "Add criterion" }).click();
    const n = before + 1;
    await maya.getByLabel(`Criterion ${n}`, { exact: true }).fill("Uses a competitor");
    await maya.getByLabel(`Attribute ${n}`, { exact: true }).fill("currentVendor");
    await maya.getByLabel(`Values ${n}`, { exact: true }).fill("Globex, Initech");
    await maya.getByLabel(`Points ${n}`, { exact: true }).fill("15");
    await maya.getByRole("button", { name: "Save rubric" }).click();
    await expect.poll(() => maya.getByTestId("lead-status").textContent()).toBe("Draft: not published");
    await maya.getByLabel("industry", { exact: true }).fill("Logistics");
    await maya.getByLabel("employees", { exact: true }).fill("450");
    await maya.getByLabel("currentVendor", { exact: true }).fill("Globex");
    await maya.getByRole("button", { name: "Grade lead" }).click();
    await maya.getByTestId("graded-leads").getByText("Uses a competitor (+15)").waitFor();
    await maya.getByRole("button", { name: "Publish to the field" }).click();
    await expect.poll(() => maya.getByTestId("lead-status").textContent()).toBe("Published");
    await screenshot(maya, "leads-1-maya-publishes-the-rubric.png");

    const dan = await open(world.browser, world.server, DEMO_LOGINS.approver.email, "leads", "lead-definition");
    await dan.getByRole("button", { name: "Co-sign as sales director" }).click();
    await dan.getByTestId("cosigned").getByText(`Co-signed by ${DEMO_LOGINS.approver.name}`).waitFor();
    await screenshot(dan, "leads-2-dan-cosigns.png");

    const rita = await open(world.browser, world.server, DEMO_LOGINS.commenter.email, "leads", "lead-definition");
    const ritaRow = rita.getByTestId("field-acknowledgements").getByRole("listitem").filter({ hasText: DEMO_LOGINS.commenter.name });
    await expect.poll(() => ritaRow.getAttribute("data-acknowledged")).toBe("false");
    await rita.getByRole("button", { name: "Acknowledge lead definition" }).click();
    await expect.poll(() => ritaRow.getAttribute("data-acknowledged")).toBe("true");
    await screenshot(rita, "leads-3-rita-acknowledges.png");
    await maya.reload();
    const ritaSeenByMaya = maya.getByTestId("field-acknowledgements").getByRole("listitem").filter({ hasText: DEMO_LOGINS.commenter.name });
    await expect.poll(() => ritaSeenByMaya.getAttribute("data-acknowledged")).toBe("true");

    await maya.goto(`/plans/${world.server.planId}/calendar`);
    await maya.getByTestId("campaign-timeline").locator(".vis-item").first().waitFor();
    const form = maya.getByTestId("new-campaign");
    await form.getByLabel("Campaign name").fill("Logistics webinar");
    await form.getByLabel("Region").fill("EMEA");
    await form.getByLabel("Channel").fill("Webinar");
    await form.getByLabel("Launch date").fill(addDays(dateIn("UTC", new Date()), 5));
    await form.getByRole("button", { name: "Add campaign" }).click();
    const card = maya.locator('[data-campaign="Logistics webinar"]');
    await card.locator('[data-warning="ENABLEMENT_NOT_READY"]').waitFor();
    await maya.getByTestId("calendar-warnings").getByText("Logistics webinar").waitFor();
    await maya.getByTestId("campaign-timeline").getByText("⚠ Logistics webinar").waitFor();
    await screenshot(maya, "leads-4-calendar-warns-enablement-not-ready.png");
  });
});
