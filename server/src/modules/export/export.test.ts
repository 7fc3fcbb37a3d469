import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPptx } from "../../../../packages/slides/src/pptx-reader.test-support";
import type { GraphQLTestClient } from "../../test-support/graphql-client";
import { appendParagraph, createSignoffWorld, cutVersion, ok, OPS, type CutVersion, type SignoffWorld } from "../../test-support/signoff-world";
import { startTestServer, type TestServer } from "../../test-support/test-server";
import { sessionCookie } from "../../test-support/fixtures";

let world: SignoffWorld;
let approved: CutVersion;
let draft: CutVersion;

async function download(client: GraphQLTestClient, number: string | number, format?: string, planId = world.plan.id, url = world.server.url) {
  const query = format === undefined ? "" : `?format=${format}`;
  const response = await fetch(`${url}/api/plans/${planId}/versions/${number}/export${query}`, { headers: client.cookie ? { cookie: client.cookie } : {} });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const isJson = response.headers.get("content-type")?.startsWith("application/json") ?? false;
  const body = isJson ? (JSON.parse(new TextDecoder().decode(bytes)) as { error: { code: string; reason?: string; message: string } }) : null;
  return { status: response.status, disposition: response.headers.get("content-disposition"), bytes, body };
}

beforeAll(async () => {
  world = await createSignoffWorld();
  approved = await cutVersion(world.as.owner, world.plan.id, "Council review");
  await ok(world.as.owner, OPS.submit, { input: { versionId: approved.id, approverIds: [world.users.approver.id] } });
  await ok(world.as.approver, OPS.approve, { input: { versionId: approved.id } });
  const plan = await world.server.server.documents.readPlan(world.plan.id);
  await appendParagraph(world, world.plan.id, plan.sections[0].id, "A change after sign-off.");
  draft = await cutVersion(world.as.owner, world.plan.id);
});

afterAll(async () => {
  await world?.server.close();
});

describe("export authorisation", () => {
  const members = ["owner", "editor", "commenter", "approver", "viewer"] as const;

  for (const role of members) {
    it(`${role} may export the approved version, by "approved" and by its number`, async () => {
      const byName = await download(world.as[role], "approved", "md");
      expect(byName.status).toBe(200);
      expect(byName.disposition).toBe('attachment; filename="fy27-plan-v1-approved.md"');
      expect((await download(world.as[role], approved.number, "md")).status).toBe(200);
    });

    const mayExportDrafts = role === "owner" || role === "editor";
    it(`${role} ${mayExportDrafts ? "may" : "may not"} export a draft version`, async () => {
      const result = await download(world.as[role], draft.number, "md");
      if (mayExportDrafts) {
        expect(result.status).toBe(200);
        expect(result.disposition).toBe('attachment; filename="fy27-plan-v2-draft.md"');
      } else {
        expect(result.status).toBe(403);
        expect(result.body?.error.code).toBe("FORBIDDEN");
      }
    });
  }

  it("refuses a signed-in non-member (403), another organisation (404) and a signed-out caller (401)", async () => {
    expect((await download(world.as.outsider, "approved", "md")).status).toBe(403);
    const foreign = await download(world.as.foreigner, "approved", "md");
    expect([foreign.status, foreign.body?.error.code]).toEqual([404, "NOT_FOUND"]);
    const anonymous = await download(world.as.anonymous, "approved", "md");
    expect([anonymous.status, anonymous.body?.error.code]).toEqual([401, "UNAUTHENTICATED"]);
  });

  it("answers 404 JSON for an unknown plan or version and 400 for a bad format or version", async () => {
    expect((await download(world.as.owner, "approved", "md", "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await download(world.as.owner, "approved", "md", "not-a-uuid")).status).toBe(404);
    const missing = await download(world.as.owner, 99, "md");
    expect([missing.status, missing.body?.error.message]).toEqual([404, "Version 99 not found."]);
    const badFormat = await download(world.as.owner, "approved", "docx");
    expect([badFormat.status, badFormat.body?.error.code]).toEqual([400, "BAD_USER_INPUT"]);
    expect((await download(world.as.owner, "latest", "md")).status).toBe(400);
    expect((await download(world.as.owner, "0", "md")).status).toBe(400);
  });

  it("has no approved version to export before anything is approved", async () => {
    const other = await ok<{ createPlan: { id: string } }>(world.as.owner, `mutation { createPlan(input: { title: "Unsigned" }) { id } }`);
    const result = await download(world.as.owner, "approved", "md", other.createPlan.id);
    expect([result.status, result.body?.error.message]).toEqual([404, "Approved version not found."]);
  });
});

describe("export contents", () => {
  it("downloads PPTX by default: a valid deck of the approved version with every section title and the hash", async () => {
    const result = await download(world.as.viewer, "approved");
    expect(result.status).toBe(200);
    expect(result.disposition).toBe('attachment; filename="fy27-plan-v1-approved.pptx"');
    const pptx = await readPptx(result.bytes);
    const text = pptx.slides.flatMap((slide) => slide.paragraphs);
    const live = (await world.server.server.documents.readPlan(world.plan.id)).sections;
    for (const section of approved.sections) {
      // The lead definition and campaign calendar are versioned beside the sections, and get their own slides.
      const title = live.find((s) => s.id === section.sectionId)?.title ?? { "alignment:lead-definition": "Lead definition", "alignment:campaign-calendar": "Campaign calendar" }[section.sectionId];
      expect(text).toContain(title);
    }
    expect(text.join("\n")).toContain(approved.hash);
    expect(text).toContain("Dana Director");
    for (const slide of pptx.slides) expect(slide.runs).not.toContain("DRAFT");
  });

  it("marks every slide of a draft export DRAFT and exports the draft's own text", async () => {
    const pptx = await readPptx((await download(world.as.editor, draft.number, "pptx")).bytes);
    for (const slide of pptx.slides) expect(slide.runs).toContain("DRAFT");
    expect(pptx.slides.flatMap((slide) => slide.paragraphs).join("\n")).toContain("A change after sign-off.");
    const markdown = new TextDecoder().decode((await download(world.as.editor, draft.number, "md")).bytes);
    expect(markdown).toContain("**DRAFT: version 2 is not approved**");
    expect(markdown).toContain(draft.hash);
  });

  it("converts the deck to PDF with LibreOffice: one page per slide", async () => {
    const pptx = await readPptx((await download(world.as.owner, "approved", "pptx")).bytes);
    const pdf = await download(world.as.owner, "approved", "pdf");
    expect(pdf.status).toBe(200);
    expect(pdf.disposition).toBe('attachment; filename="fy27-plan-v1-approved.pdf"');
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe("%PDF-");
    const file = path.join(mkdtempSync(path.join(tmpdir(), "export-test-")), "deck.pdf");
    writeFileSync(file, pdf.bytes);
    const info = spawnSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info.status, info.stderr).toBe(0);
    expect(Number(info.stdout.match(/^Pages:\s+(\d+)/m)?.[1])).toBe(pptx.slides.length);
  });

  it("records every export in the hash-chained audit log", async () => {
    const before = await world.server.server.services.audit.auditLog(world.users.owner, world.plan.id);
    await download(world.as.commenter, "approved", "md");
    const after = await world.server.server.services.audit.auditLog(world.users.owner, world.plan.id);
    expect(after.isValid).toBe(true);
    expect(after.entries).toHaveLength(before.entries.length + 1);
    expect(after.entries.at(-1)).toMatchObject({
      action: "EXPORTED",
      actorId: world.users.commenter.id,
      payload: { versionId: approved.id, number: 1, hash: approved.hash, format: "md", isApproved: true },
    });
  });

  it("does not audit a refused export", async () => {
    const before = await world.server.server.services.audit.auditLog(world.users.owner, world.plan.id);
    expect((await download(world.as.viewer, draft.number, "md")).status).toBe(403);
    const after = await world.server.server.services.audit.auditLog(world.users.owner, world.plan.id);
    expect(after.entries).toHaveLength(before.entries.length);
  });
});

describe("PDF export without LibreOffice", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ sofficePath: "/opt/missing/libreoffice/soffice" });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("answers 503 with a code and a message naming what to install, while PPTX still works", async () => {
    const [owner, plan] = await seedApprovedPlan(server);
    const client = { cookie: owner } as GraphQLTestClient;
    const pdf = await download(client, "approved", "pdf", plan, server.url);
    expect(pdf.status).toBe(503);
    expect(pdf.body?.error).toMatchObject({ code: "SERVICE_UNAVAILABLE", reason: "LIBREOFFICE_MISSING" });
    expect(pdf.body?.error.message).toContain("libreoffice-impress");
    expect(pdf.body?.error.message).toContain("SOFFICE_PATH");
    expect((await download(client, "approved", "pptx", plan, server.url)).status).toBe(200);
  });
});

/** A plan whose version 1 its approver approved, on `server`; returns the owner's cookie and the plan id. */
async function seedApprovedPlan(server: TestServer): Promise<[string, string]> {
  const { createOrganization, createUser, createPlan, addMember } = await import("../../test-support/fixtures");
  const { PlanRole } = await import("../../policies/plan-role");
  const { dataSource } = server.db;
  const organization = await createOrganization(dataSource);
  const owner = await createUser(dataSource, { organizationId: organization.id });
  const approver = await createUser(dataSource, { organizationId: organization.id });
  const plan = await createPlan(dataSource, server.server.documents, { owner, title: "Offline plan" });
  await addMember(dataSource, plan.id, approver.id, PlanRole.APPROVER);
  const version = await server.server.services.versions.cut(owner, plan.id);
  await server.server.services.signoffs.requestSignoff(owner, version.id, [{ approverId: approver.id, sectionIds: null }]);
  await server.server.services.signoffs.approve(approver, version.id);
  return [await sessionCookie(server.server.sessions, owner.id), plan.id];
}

describe("deck for presenter mode", () => {
  async function deck(client: GraphQLTestClient, number: string | number) {
    const response = await fetch(`${world.server.url}/api/plans/${world.plan.id}/versions/${number}/deck`, { headers: client.cookie ? { cookie: client.cookie } : {} });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it("gives any member the deck input of the approved version and of a draft, and nobody else", async () => {
    const approvedDeck = await deck(world.as.viewer, "approved");
    expect(approvedDeck.status).toBe(200);
    expect(approvedDeck.body).toMatchObject({ planTitle: "FY27 plan", isApproved: true, version: { number: 1, hash: approved.hash }, approvers: [{ name: "Dana Director", state: "CURRENT" }] });
    expect((await deck(world.as.commenter, draft.number)).body).toMatchObject({ isApproved: false, version: { number: 2 } });
    expect((await deck(world.as.outsider, "approved")).status).toBe(403);
    expect((await deck(world.as.foreigner, "approved")).status).toBe(404);
    expect((await deck(world.as.anonymous, "approved")).status).toBe(401);
  });
});
