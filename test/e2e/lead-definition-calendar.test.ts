/**
 * Issue 14 in real browsers: maya drafts the lead rubric (adds a criterion) and publishes it, dan co-signs
 * it, rita acknowledges it and the plan shows who in the field has, rita comments on a criterion and
 * maya replies and resolves it; maya then adds a campaign whose prep
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

    const ritaGroup = rita.locator('[data-criterion="Uses a competitor"]');
    await ritaGroup.getByRole("button", { name: "Comment on Uses a competitor" }).click();
    await ritaGroup.getByLabel("Comment on Uses a competitor").fill("Does Initech count when they only resell?");
    await ritaGroup.getByRole("button", { name: "Send" }).click();
    await ritaGroup.getByText("Does Initech count when they only resell?").waitFor();
    await screenshot(rita, "leads-3b-rita-comments-on-a-criterion.png");
    await maya.reload();
    const mayaGroup = maya.locator('[data-criterion="Uses a competitor"]');
    await mayaGroup.getByTestId("criterion-thread").getByText("Does Initech count when they only resell?").waitFor();
    await mayaGroup.getByRole("button", { name: "Reply" }).click();
    await mayaGroup.getByLabel("Reply").fill("Yes: resellers count.");
    await mayaGroup.getByRole("button", { name: "Reply" }).click();
    await mayaGroup.getByText("Yes: resellers count.").waitFor();
    await mayaGroup.getByRole("button", { name: "Resolve" }).click();
    await mayaGroup.getByText("Resolved").waitFor();

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

    const today = dateIn("UTC", new Date());
    const events = maya.getByTestId("sales-events");
    await events.getByLabel("Kind", { exact: true }).click();
    await maya.getByRole("option", { name: "Blackout" }).click();
    await events.getByLabel("Event name").fill("Year-end freeze");
    await events.getByLabel("Start date").fill(addDays(today, 20));
    await events.getByLabel("End date").fill(addDays(today, 24));
    await events.getByLabel("Event region").fill("EMEA");
    await events.getByRole("button", { name: "Add sales event" }).click();
    const row = events.locator('[data-event="Year-end freeze"]');
    await row.getByText("Blackout").waitFor();
    await row.getByText(`${addDays(today, 20)} to ${addDays(today, 24)}`).waitFor();
    await maya.getByTestId("campaign-timeline").getByText("Year-end freeze").waitFor();

    const focus = maya.getByTestId("sales-focus");
    const [year, month] = today.split("-").map(Number);
    const quarter = `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
    await expect.poll(() => focus.getByLabel("Quarter").inputValue()).toBe(quarter);
    await focus.getByLabel("Products").fill("Fleet tracker, Route planner");
    await focus.getByRole("button", { name: "Set sales focus" }).click();
    await focus.locator(`[data-quarter="${quarter}"]`).getByText("Fleet tracker, Route planner").waitFor();
    await screenshot(maya, "leads-5-sales-events-and-focus.png");

    await row.getByRole("button", { name: "Remove Year-end freeze" }).click();
    await row.waitFor({ state: "detached" });

    await maya.goto("/people");
    const zone = maya.getByTestId("time-zone-setting").getByLabel("Organisation time zone", { exact: true });
    await zone.click();
    await zone.fill("Europe/Berl");
    await maya.getByRole("option", { name: "Europe/Berlin" }).click();
    await maya.getByTestId("time-zone-setting").getByText("Currently Europe/Berlin.").waitFor();
    await screenshot(maya, "leads-6-organisation-time-zone.png");
    await maya.goto(`/plans/${world.server.planId}/calendar`);
    await maya.getByText(/^Dates in Europe\/Berlin; today is /).waitFor();
  });
});
