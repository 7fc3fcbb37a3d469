/** Debian's Chromium driven by playwright-core: one browser per suite, one context per signed-in person. */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Screenshots go to test-results/e2e at the repository root. */
export const SCREENSHOT_DIR = path.resolve(__dirname, "../../../test-results/e2e");

/** playwright's own launch gives every run a fresh temporary user-data dir. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * Console errors and uncaught exceptions of every page opened through `newPage` since the last check: a
 * browser test fails on any of them (`useDemoServerAndBrowser` checks after each test), unless the test
 * said it expects that exact problem (`expectBrowserError`).
 */
const browserProblems: string[] = [];
const expectedProblems: RegExp[] = [];

/** For a test that provokes an error on purpose (a refused request, say): that message does not fail it. */
export function expectBrowserError(pattern: RegExp): void {
  expectedProblems.push(pattern);
}

/** The unexpected problems seen since the last call, which it forgets (with the expectations). */
export function takeBrowserProblems(): string[] {
  const problems = browserProblems.filter((problem) => !expectedProblems.some((pattern) => pattern.test(problem)));
  browserProblems.length = 0;
  expectedProblems.length = 0;
  return problems;
}

export async function newPage(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  // Browser-side failures show up in the test output instead of as a silent timeout, and fail the test.
  page.on("pageerror", (error) => {
    console.error(`[browser] ${error.message}`);
    browserProblems.push(`pageerror: ${error.message}`);
  });
  page.on("console", (message) => {
    if (message.type() !== "error" && message.type() !== "warning") return;
    console.error(`[browser console] ${message.text()}`);
    browserProblems.push(`console.${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) console.error(`[browser] ${response.status()} ${response.request().method()} ${response.url()}`);
  });
  return { context, page };
}

/** Signs in through the real form, as a person would, and waits for the plan list. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: "Plans", exact: true }).waitFor();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, name);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
