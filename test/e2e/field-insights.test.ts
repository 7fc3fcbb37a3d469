/**
 * Issue 15's field screens in a real browser: Rita (field rep) logs an insight; Maya (marketing owner) links
 * it to a tactic and the tactic on the plan page shows it; Maya puts a poll to the field, Rita and Kenji
 * (APAC council seat) answer, and the results show by region; Maya (admin) seats Leo on the council, marks
 * him away and removes him. Every page passes axe's serious/critical rules.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousAccessibilityFindings } from "./support/accessibility";
import { newPage, screenshot, signIn } from "./support/browser";
import { DEMO_LOGINS, DEMO_PASSWORD, useDemoServerAndBrowser } from "./support/demo-server";

const DOCS = path.resolve(__dirname, "../../docs/screenshots");
const TACTIC = "Tactic: Partner webinars";
const RITA_SAW = "Texas buyers ask for a partner-led demo before any webinar";

async function shoot(page: Page, name: string): Promise<void> {
  const file = await screenshot(page, name);
  mkdirSync(DOCS, { recursive: true });
  copyFileSync(file, path.join(DOCS, name));
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityFindings(page)).toEqual([]);
}

describe("field insights, polls and the council roster", () => {
  const world = useDemoServerAndBrowser();

  it("rita logs an insight, maya links it to a tactic and the tactic shows it", { timeout: 120_000 }, async () => {
    const { browser, server } = world;
    const rita = await newPage(browser, server.url);
    await signIn(rita.page, DEMO_LOGINS.commenter.email, DEMO_PASSWORD);
    await rita.page.goto(`/plans/${server.planId}`);
    await rita.page.getByTestId("council-panel").getByRole("link", { name: "Field insights" }).click();
    await rita.page.getByRole("heading", { name: /Field insights/ }).waitFor();
    const form = rita.page.getByRole("form", { name: "Log an insight" });
    await form.getByLabel("Kind").click();
    await rita.page.getByRole("option", { name: "Competitor move" }).click();
    await form.getByLabel("What did you see?").fill(RITA_SAW);
    await form.getByLabel("Region", { exact: true }).fill("Texas");
    await form.getByLabel("Segment", { exact: true }).fill("Mid-market");
    await form.getByLabel("Product", { exact: true }).fill("Analytics");
    await form.getByRole("button", { name: "Log insight" }).click();
    const list = rita.page.getByTestId("insight-list");
    await list.getByTestId("insight").filter({ hasText: RITA_SAW }).waitFor();
    // Rita is not marketing: she cannot link.
    expect(await list.getByLabel("Link to a section").count()).toBe(0);
    // The filters narrow the list.
    await list.getByLabel("Filter by region").fill("EMEA");
    await list.getByText("No insights match.").waitFor();
    await list.getByLabel("Filter by region").fill("Texas");
    await list.getByTestId("insight").filter({ hasText: RITA_SAW }).waitFor();
    await expectAccessible(rita.page);
    await shoot(rita.page, "insights-1-logged.png");
    await rita.context.close();

    const maya = await newPage(browser, server.url);
    await signIn(maya.page, DEMO_LOGINS.owner.email, DEMO_PASSWORD);
    await maya.page.goto(`/plans/${server.planId}/insights`);
    const insight = maya.page.getByTestId("insight-list").getByTestId("insight").filter({ hasText: RITA_SAW });
    await insight.getByLabel("Link to a section").click();
    await maya.page.getByRole("option", { name: TACTIC }).click();
    await insight.getByTestId("linked-section").filter({ hasText: TACTIC }).waitFor();
    await shoot(maya.page, "insights-2-linked.png");

    await maya.page.getByRole("link", { name: "Back to the plan" }).click();
    const tactic = maya.page.getByRole("region", { name: TACTIC, exact: true });
    const badge = tactic.getByRole("button", { name: `1 field insight for ${TACTIC}` });
    await badge.click();
    await tactic.getByTestId("section-insights").getByText(RITA_SAW).waitFor();
    await tactic.scrollIntoViewIfNeeded();
    await shoot(maya.page, "insights-3-on-the-tactic.png");
    await maya.context.close();
  });

  it("maya puts a poll to the field, rita and kenji answer, and the results show by region", { timeout: 120_000 }, async () => {
    const { browser, server } = world;
    const maya = await newPage(browser, server.url);
    await signIn(maya.page, DEMO_LOGINS.owner.email, DEMO_PASSWORD);
    await maya.page.goto(`/plans/${server.planId}/insights`);
    const form = maya.page.getByRole("form", { name: "New poll" });
    await form.getByLabel("Question").fill("Which webinar length works for your buyers?");
    await form.getByLabel("Option 1", { exact: true }).fill("30 minutes");
    await form.getByLabel("Option 2", { exact: true }).fill("45 minutes");
    await form.getByRole("button", { name: "Add option" }).click();
    await form.getByLabel("Option 3", { exact: true }).fill("60 minutes");
    await form.getByRole("button", { name: "Send poll" }).click();
    await maya.page.getByTestId("poll").filter({ hasText: "Which webinar length" }).getByText("0 answers").waitFor();

    const answer = async (email: string, option: string, answers: string) => {
      const { context, page } = await newPage(browser, server.url);
      await signIn(page, email, DEMO_PASSWORD);
      await page.goto(`/plans/${server.planId}/insights`);
      const poll = page.getByTestId("poll").filter({ hasText: "Which webinar length" });
      // Controlled by the server's answer: a click, then the saved answer checks it.
      await poll.getByRole("radio", { name: option }).click();
      await poll.getByText(answers, { exact: true }).waitFor();
      await expect.poll(() => poll.getByRole("radio", { name: option }).isChecked()).toBe(true);
      return { context, page, poll };
    };
    const rita = await answer(DEMO_LOGINS.commenter.email, "30 minutes", "1 answer");
    await rita.poll.getByTestId("poll-region").filter({ hasText: "Other" }).waitFor();
    await rita.context.close();
    const kenji = await answer("kenji@acme.test", "60 minutes", "2 answers");
    await kenji.context.close();

    await maya.page.reload();
    const poll = maya.page.getByTestId("poll").filter({ hasText: "Which webinar length" });
    await poll.getByText("2 answers").waitFor();
    const apac = poll.getByTestId("poll-region").filter({ hasText: "APAC" });
    await expect.poll(() => apac.locator("td").allTextContents()).toEqual(["APAC", "0", "0", "1"]);
    const other = poll.getByTestId("poll-region").filter({ hasText: "Other" });
    await expect.poll(() => other.locator("td").allTextContents()).toEqual(["Other", "1", "0", "0"]);
    await expectAccessible(maya.page);
    await shoot(maya.page, "insights-4-poll-by-region.png");
    await maya.context.close();
  });

  it("an admin seats leo on the council, marks him away and removes him", { timeout: 120_000 }, async () => {
    const { browser, server } = world;
    const { context, page } = await newPage(browser, server.url);
    await signIn(page, DEMO_LOGINS.owner.email, DEMO_PASSWORD);
    await page.goto("/people");
    const roster = page.getByTestId("council-roster");
    await roster.getByTestId("council-member").filter({ hasText: "Amara Nwosu" }).waitFor();
    const form = roster.getByRole("form", { name: "Seat a council member" });
    await form.getByLabel("Person").click();
    await page.getByRole("option", { name: DEMO_LOGINS.editor.name }).click();
    await form.getByLabel("Region", { exact: true }).fill("DACH");
    await form.getByLabel("Term starts").fill("2026-12-01");
    await form.getByLabel("Term ends").fill("2027-11-30");
    await form.getByRole("button", { name: "Seat on council" }).click();
    const leo = roster.getByTestId("council-member").filter({ hasText: DEMO_LOGINS.editor.name });
    await leo.getByText("DACH").waitFor();
    await leo.getByText("2026-12-01 – 2027-11-30").waitFor();

    await leo.getByLabel(`${DEMO_LOGINS.editor.name} away until`).fill("2026-12-24");
    await leo.getByRole("button", { name: "Mark away" }).click();
    await leo.getByText("Away until 2026-12-24").waitFor();
    await expectAccessible(page);
    await shoot(page, "council-roster.png");

    await leo.getByRole("button", { name: `Remove ${DEMO_LOGINS.editor.name} from the council` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove", exact: true }).click();
    await expect.poll(() => roster.getByTestId("council-member").filter({ hasText: DEMO_LOGINS.editor.name }).count()).toBe(0);
    await context.close();
  });
});
