/**
 * The sample plan's approved deck through the real endpoint and LibreOffice: the PDF has one page per
 * slide of the model, and three slides (title, a reviewed tactic, sign-off) are rendered to PNG in
 * test-results/export for people to look at.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { slidesFromPlan } from "@planbridge/slides";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../db/seed/demo-seed";
import { sessionCookie } from "../../test-support/fixtures";
import { startTestServer, type TestServer } from "../../test-support/test-server";
import { TacticReviewState } from "../signoff/signoff-states";
import { User } from "../users/user.entity";

const OUT_DIR = path.resolve(__dirname, "../../../../test-results/export");

let server: TestServer;
let planId: string;
let cookie: string;

beforeAll(async () => {
  server = await startTestServer();
  const { services } = server.server;
  planId = (await seedDemo(server.db.dataSource, server.server.documents)).id;
  const users = server.db.dataSource.getRepository(User);
  const [maya, dan, amara] = await Promise.all(["maya", "dan", "amara"].map((name) => users.findOneByOrFail({ email: `${name}@acme.test` })));
  const version = await services.versions.cut(maya, planId, "Field launch");
  await services.tacticReviews.review(amara, version.id, "tactic-partner-webinars", TacticReviewState.REVIEWED, null);
  await services.signoffs.requestSignoff(maya, version.id, [{ approverId: dan.id, sectionIds: null }]);
  await services.signoffs.approve(dan, version.id);
  cookie = await sessionCookie(server.server.sessions, maya.id);
});

afterAll(async () => {
  await server?.close();
});

describe("the sample plan as a PDF", () => {
  it("has one page per slide, and its title, tactic and sign-off slides render to PNG", { timeout: 120_000 }, async () => {
    const response = await fetch(`${server.url}/api/plans/${planId}/versions/approved/export?format=pdf`, { headers: { cookie } });
    expect(response.status).toBe(200);
    mkdirSync(OUT_DIR, { recursive: true });
    const pdf = path.join(OUT_DIR, "sample-plan-v1-approved.pdf");
    writeFileSync(pdf, new Uint8Array(await response.arrayBuffer()));

    const maya = await server.db.dataSource.getRepository(User).findOneByOrFail({ email: "maya@acme.test" });
    const deck = slidesFromPlan(await server.server.services.exports.presentVersion(maya, planId, { approved: true }));
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" });
    expect(Number(info.stdout.match(/^Pages:\s+(\d+)/m)?.[1])).toBe(deck.slides.length);

    const pages = { title: 1, tactic: deck.slides.findIndex((slide) => slide.id === "section:tactic-partner-webinars:1") + 1, signoff: deck.slides.length };
    for (const [name, page] of Object.entries(pages)) {
      const prefix = path.join(OUT_DIR, `slide-${name}`);
      rmSync(`${prefix}.png`, { force: true });
      const render = spawnSync("pdftoppm", ["-png", "-r", "96", "-singlefile", "-f", String(page), "-l", String(page), pdf, prefix], { encoding: "utf8" });
      expect(render.status, render.stderr).toBe(0);
      expect(existsSync(`${prefix}.png`)).toBe(true);
    }
    // The PDF keeps the slide text as text: the tactic's reviewer and the version hash are searchable.
    const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
    expect(text).toContain("Council reviewer: Amara Nwosu · Reviewed");
    expect(text).toContain(deck.shortHash);
  });
});
