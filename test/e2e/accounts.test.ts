/**
 * Issue 13 in a real browser: an admin invites a colleague into the sample plan as a commenter, copies the
 * link, and the colleague (another browser) signs up through it and lands in the plan with that role;
 * then changes their password on the account page and signs in with it.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newSecretToken } from "../../server/src/crypto/secret-token";
import { newPage, screenshot, signIn } from "./support/browser";
import { DEMO_LOGINS, DEMO_PASSWORD, SAMPLE_PLAN_TITLE, useDemoServerAndBrowser } from "./support/demo-server";

const DOCS_SCREENSHOTS = path.resolve(__dirname, "../../docs/screenshots");

/** Screenshots of the invite flow also go to docs/screenshots, which the README links. */
async function documented(page: Page, name: string): Promise<void> {
  const file = await screenshot(page, name);
  mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
  copyFileSync(file, path.join(DOCS_SCREENSHOTS, name));
}

function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

describe("invitations and accounts", () => {
  const world = useDemoServerAndBrowser();

  it("an admin invites a colleague into the sample plan as a commenter; the colleague signs up by the link and lands there", { timeout: 120_000 }, async () => {
    const admin = await newPage(world.browser, world.server.url);
    await admin.context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const adminErrors = consoleErrors(admin.page);
    await signIn(admin.page, DEMO_LOGINS.owner.email, DEMO_PASSWORD);

    await admin.page.getByRole("link", { name: "People" }).click();
    await admin.page.getByRole("button", { name: "Invite person" }).click();
    const dialog = admin.page.getByRole("dialog", { name: "Invite a person" });
    await dialog.getByLabel("Full name").fill("Nina Newhire");
    await dialog.getByLabel("Work email").fill("nina@acme.test");
    await dialog.getByRole("checkbox", { name: SAMPLE_PLAN_TITLE }).check();
    await expect.poll(() => dialog.getByLabel(`Role in ${SAMPLE_PLAN_TITLE}`).inputValue()).toBe("Commenter");
    await documented(admin.page, "invite-0-dialog-plan-and-role.png");
    await dialog.getByRole("button", { name: "Send invite" }).click();

    const linkField = dialog.getByLabel("Invitation link");
    await linkField.waitFor();
    await dialog.getByRole("button", { name: "Copy link" }).click();
    await dialog.getByRole("button", { name: "Copied" }).waitFor();
    const link = await admin.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(await linkField.inputValue());
    expect(link).toMatch(new RegExp(`^${world.server.url}/invite/[A-Za-z0-9_-]{43}$`));
    await documented(admin.page, "invite-1-dialog-with-link.png");
    await dialog.getByRole("button", { name: "Done" }).click();
    const invitations = admin.page.getByRole("region", { name: "Invitations" });
    await invitations.getByText("nina@acme.test").waitFor();
    await invitations.getByText("Pending").waitFor();

    const colleague = await newPage(world.browser, world.server.url);
    const colleagueErrors = consoleErrors(colleague.page);
    await colleague.page.goto(new URL(link).pathname);
    await colleague.page.getByRole("heading", { name: "Join Acme Analytics" }).waitFor();
    await colleague.page.getByText(`${SAMPLE_PLAN_TITLE} as commenter`).waitFor();
    await expect.poll(() => colleague.page.getByLabel("Your name").inputValue()).toBe("Nina Newhire");
    await colleague.page.getByLabel("Your name").fill("Nina N. Newhire");
    await colleague.page.getByLabel("Choose a password").fill("nina's first password");
    await colleague.page.getByLabel("Repeat the new password").fill("nina's first password");
    await documented(colleague.page, "invite-2-accept-page.png");
    await colleague.page.getByRole("button", { name: "Create my account" }).click();

    await colleague.page.waitForURL(`**/plans/${world.server.planId}`);
    await colleague.page.getByText("You're a commenter on this plan").waitFor();
    await colleague.page.locator("section[data-section-id]").first().waitFor();
    await documented(colleague.page, "invite-3-landing-plan-as-commenter.png");

    await admin.page.reload();
    await invitations.getByText("Accepted").waitFor();
    await admin.page.getByRole("table").first().getByText("Nina N. Newhire").waitFor();
    await admin.page.getByRole("radiogroup", { name: "Who can start plans" }).scrollIntoViewIfNeeded();
    await documented(admin.page, "people-invitations-and-plan-creation.png");

    // The link worked once.
    const latecomer = await newPage(world.browser, world.server.url);
    await latecomer.page.goto(new URL(link).pathname);
    await latecomer.page.getByRole("heading", { name: "This invitation can't be used" }).waitFor();
    await latecomer.context.close();

    expect(adminErrors).toEqual([]);
    expect(colleagueErrors).toEqual([]);
    await admin.context.close();
    await colleague.context.close();
  });

  it("the account page changes the password; the old one stops working", { timeout: 90_000 }, async () => {
    const { context, page } = await newPage(world.browser, world.server.url);
    const errors = consoleErrors(page);
    await signIn(page, DEMO_LOGINS.commenter.email, DEMO_PASSWORD);
    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Your account" }).click();
    await page.getByRole("heading", { name: "Your account" }).waitFor();

    await page.getByLabel("Current password").fill(DEMO_PASSWORD);
    await page.getByRole("textbox", { name: "New password", exact: true }).fill("short");
    await page.getByText("Use at least 8 characters.").first().waitFor();
    expect(await page.getByRole("button", { name: "Change password" }).isDisabled()).toBe(true);
    await page.getByRole("textbox", { name: "New password", exact: true }).fill("rita's new password");
    await page.getByLabel("Repeat the new password").fill("rita's new password");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByText("You stay signed in here.").waitFor();
    await screenshot(page, "account-password-changed.png");

    await page.getByRole("button", { name: "Account menu" }).click();
    await page.getByRole("menuitem", { name: "Sign out" }).click();
    await page.getByLabel("Work email").fill(DEMO_LOGINS.commenter.email);
    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").getByText("don't match an active account").waitFor();
    await page.getByLabel(/^Password/).fill("rita's new password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Plans", exact: true }).waitFor();

    // The failed sign-in answers 200 with a GraphQL error; nothing else may complain.
    expect(errors).toEqual([]);
    await context.close();
  });

  it("forgot password: the request answers without telling whether the account exists; the mailed link sets a new password", { timeout: 90_000 }, async () => {
    const { context, page } = await newPage(world.browser, world.server.url);
    const errors = consoleErrors(page);
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot password?" }).click();
    await page.getByLabel("Work email").fill("tom@acme.test");
    await page.getByRole("button", { name: "Send reset link" }).click();
    await page.getByRole("status").getByText("If tom@acme.test has a planbridge account, a reset link is on its way.").waitFor();

    // The link the mail carries (mail itself is covered against a real SMTP server in account.test.ts).
    const { repositories } = world.server.testServer.server.services;
    const [tom] = await repositories.users.listActiveByEmail("tom@acme.test");
    const { token, tokenHash } = newSecretToken();
    await repositories.passwordResets.insert({ userId: tom.id, tokenHash, expiresAt: new Date(Date.now() + 60_000) });
    await page.goto(`/reset-password/${token}`);
    await page.getByRole("textbox", { name: "New password", exact: true }).fill("tom's new password");
    await page.getByLabel("Repeat the new password").fill("tom's new password");
    await page.getByRole("button", { name: "Set password and sign in" }).click();
    await page.getByRole("heading", { name: "Plans", exact: true }).waitFor();

    await page.goto(`/reset-password/${token}`);
    await page.getByRole("textbox", { name: "New password", exact: true }).fill("another password");
    await page.getByLabel("Repeat the new password").fill("another password");
    await page.getByRole("button", { name: "Set password and sign in" }).click();
    await page.getByRole("alert").getByText("already used").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
