/**
 * Issue 15 in a real browser: Maya (OWNER, marketing) schedules a feedback call; its agenda, built from the
 * plan's open items, shows Rita's open thread; during the call Maya adds an action item linked to that
 * thread and closes it; the thread shows resolved with a note naming the call; the council digest credits Rita.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { newPage, screenshot, signIn } from "./support/browser";
import { DEMO_LOGINS, DEMO_PASSWORD, useDemoServerAndBrowser } from "./support/demo-server";

const RITA_SAYS = "Two engagements in 30 days is too low a bar";
const DOCS = path.resolve(__dirname, "../../docs/screenshots");

async function shoot(page: Parameters<typeof screenshot>[0], name: string, toDocs = false): Promise<void> {
  const file = await screenshot(page, name);
  if (toDocs) {
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(file, path.join(DOCS, name));
  }
}

describe("the council's feedback call", () => {
  const world = useDemoServerAndBrowser();

  it("maya schedules a call, closes rita's thread through an action item, and the digest credits rita", async () => {
    const { browser, server } = world;
    const { page } = await newPage(browser, server.url);
    const errors: string[] = [];
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    page.on("pageerror", (error) => errors.push(error.message));
    await signIn(page, DEMO_LOGINS.owner.email, DEMO_PASSWORD);

    // The plan page shows the council, each member's tactic and its review state.
    await page.goto(`/plans/${server.planId}`);
    const council = page.getByTestId("council-panel");
    await council.getByText("Amara Nwosu").waitFor();
    await expect.poll(() => council.getByTestId("council-seat").count()).toBe(6);
    await council.getByText("EMEA").waitFor();

    await council.getByRole("link", { name: "Feedback calls" }).click();
    await page.getByRole("heading", { name: /Feedback calls/ }).waitFor();
    await page.getByLabel("Next call").fill("2026-12-03T15:00");
    await shoot(page, "council-1-schedule.png");
    await page.getByRole("button", { name: "Schedule call and send agenda" }).click();

    const agenda = page.getByTestId("agenda");
    const ritasItem = agenda.getByTestId("agenda-item").filter({ hasText: RITA_SAYS });
    await ritasItem.waitFor();
    expect(await ritasItem.textContent()).toContain("Rita Gomez");
    const threadId = await ritasItem.getAttribute("data-thread-id");
    expect(threadId).toBeTruthy();
    await expect.poll(() => page.getByTestId("participants").textContent()).toContain("Maya Okafor");
    await shoot(page, "council-2-agenda.png", true);

    // During the call: an action item linked to Rita's thread, owned by Leo.
    const items = page.getByTestId("action-items");
    await items.getByLabel("New action item").fill("Pull Texas conversion by engagement count");
    await items.getByPlaceholder("Who does it").click();
    await page.getByRole("option", { name: "Leo Fischer" }).click();
    await items.getByPlaceholder("No thread").click();
    await page.getByRole("option", { name: new RegExp(RITA_SAYS) }).click();
    await items.getByRole("button", { name: "Add action item" }).click();
    const item = items.getByTestId("action-item").filter({ hasText: "Pull Texas conversion" });
    await item.getByText("closes its thread").waitFor();
    await item.getByRole("checkbox").click();
    await item.getByText("Done").waitFor();
    await shoot(page, "council-3-action-item-closed.png", true);

    // The thread is resolved, with a reply naming the call.
    await page.goto(`/plans/${server.planId}?thread=${threadId}`);
    await page.getByTestId("comments-panel").waitFor();
    await page.getByLabel("Thread status").getByText("Resolved", { exact: true }).click();
    const thread = page.locator(`[data-testid="thread"][data-resolved]`).filter({ hasText: RITA_SAYS });
    await thread.waitFor();
    await thread.getByText(/Resolved by Maya Okafor/).waitFor();
    await shoot(page, "council-4-thread-resolved.png");

    // The digest of this period credits Rita for the thread she raised.
    await page.goto(`/plans/${server.planId}/digest`);
    const digest = page.getByTestId("council-digest");
    await digest.getByRole("heading", { name: "Resolved threads" }).waitFor();
    await digest.getByTestId("digest-contributors").getByText("Rita Gomez").waitFor();
    await digest.getByText("thanks to Rita Gomez").first().waitFor();
    await digest.getByText("Pull Texas conversion by engagement count").waitFor();
    await shoot(page, "council-5-digest.png", true);
    expect(errors).toEqual([]);
  });
});
