/**
 * Approvals, requests for changes, submissions and restores racing on real PostgreSQL, from two server
 * processes' connection pools when DATABASE_URL names a server (one pool on PGlite). Whatever the
 * interleaving, the final state is consistent and the audit chain verifies. Seeds are printed on failure.
 */
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededRandom } from "../../../../test/collab/seeded-random";
import { createServer, type PlanbridgeServer } from "../../app";
import { createDataSource } from "../../db/data-source";
import { PlanRole } from "../../policies/plan-role";
import { addMember, createUser, sessionCookie } from "../../test-support/fixtures";
import { GraphQLTestClient } from "../../test-support/graphql-client";
import { appendParagraph, createSignoffWorld, cutVersion, OPS, ok, tacticIds, type CutVersion, type SignoffWorld } from "../../test-support/signoff-world";
import type { User } from "../users/user.entity";
import { coveredSectionsOf } from "./signoff-approval.entity";
import { signoffStatusOf, type ApprovalState } from "./signoff-states";

const SEEDS = [101, 202, 303];
const CALLS = 200;

let world: SignoffWorld;
let second: PlanbridgeServer | null = null;
let secondUrl: string | null = null;
let planId: string;
let versions: CutVersion[];
let approvers: User[];
let scopes: { approverIds: string[]; sectionApprovers: { approverId: string; sectionIds: string[] }[] };
const clients = new Map<string, GraphQLTestClient[]>();

beforeAll(async () => {
  world = await createSignoffWorld();
  const { dataSource } = world.server.db;
  const approver3 = await createUser(dataSource, { organizationId: world.users.owner.organizationId, name: "Cal Council" });
  approvers = [world.users.approver, world.users.approver2, approver3];
  if (world.server.db.databaseUrl) {
    const otherPool = createDataSource({ databaseUrl: world.server.db.databaseUrl });
    await otherPool.initialize();
    second = await createServer({ env: world.server.env, dataSource: otherPool });
    await new Promise<void>((resolve) => second!.httpServer.listen(0, "127.0.0.1", resolve));
    secondUrl = `http://127.0.0.1:${(second.httpServer.address() as AddressInfo).port}`;
  }
  for (const user of [world.users.owner, ...approvers]) {
    const cookie = await sessionCookie(world.server.server.sessions, user.id);
    clients.set(user.id, [world.server.url, secondUrl].filter((url): url is string => url !== null).map((url) => new GraphQLTestClient(url, cookie)));
  }
});

/** A fresh plan per seed with the three approvers and three versions: v2 changes one tactic, v3 another. */
async function preparePlan(): Promise<void> {
  planId = (await ok(world.as.owner, `mutation { createPlan(input: { title: "Raced" }) { id } }`)).createPlan.id;
  for (const approver of approvers) await addMember(world.server.db.dataSource, planId, approver.id, PlanRole.APPROVER);
  const tactics = await tacticIds(world, planId);
  versions = [await cutVersion(world.as.owner, planId)];
  await appendParagraph(world, planId, tactics[0], "Two more partners in EMEA.");
  versions.push(await cutVersion(world.as.owner, planId));
  await appendParagraph(world, planId, tactics[1], "Pause sequences in December.");
  versions.push(await cutVersion(world.as.owner, planId));
  scopes = {
    approverIds: [approvers[0].id],
    sectionApprovers: [
      { approverId: approvers[1].id, sectionIds: [tactics[0]] },
      { approverId: approvers[2].id, sectionIds: [tactics[1]] },
    ],
  };
  await ok(world.as.owner, OPS.submit, { input: { versionId: versions[0].id, ...scopes } });
}

afterAll(async () => {
  if (second) {
    const pool = second.services.dataSource;
    await second.close();
    await pool.destroy();
  }
  await world.server.close();
});

type Call = () => Promise<{ errors?: { extensions?: { code?: string } }[] }>;

function randomCalls(seed: number): Call[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const client = (user: User) => pick(clients.get(user.id)!);
  return Array.from({ length: CALLS }, (): Call => {
    const roll = random();
    const version = pick(versions);
    if (roll < 0.4) {
      const approver = pick(approvers);
      return () => client(approver).request(OPS.approve, { input: { versionId: version.id } });
    }
    if (roll < 0.55) {
      const approver = pick(approvers);
      return () => client(approver).request(OPS.requestChanges, { input: { versionId: version.id, comment: `seed ${seed}` } });
    }
    if (roll < 0.85) return () => client(world.users.owner).request(OPS.submit, { input: { versionId: version.id, ...scopes } });
    return () => client(world.users.owner).request(OPS.restore, { input: { versionId: version.id } });
  });
}

interface AuditRow {
  action: string;
  payload: { signoffId?: string; versionId?: string };
}

async function assertConsistent(): Promise<void> {
  const query = (sql: string) => world.server.db.dataSource.query(sql, [planId]);
  const open = await query(`SELECT id, version_id, status FROM signoffs WHERE plan_id = $1 AND status <> 'SUPERSEDED'`);
  expect(open).toHaveLength(1);
  const [signoff] = open;
  const approvals = await world.server.db.dataSource.query(`SELECT * FROM signoff_approvals WHERE signoff_id = $1`, [signoff.id]);
  const version = versions.find((candidate) => candidate.id === signoff.version_id)!;
  const status = signoffStatusOf(approvals.map((approval: { state: ApprovalState }) => approval.state));
  expect(signoff.status).toBe(status);
  expect((await query(`SELECT status FROM plans WHERE id = $1`))[0].status).toBe(status);
  expect(approvals.map((approval: { approver_id: string }) => approval.approver_id).sort()).toEqual(approvers.map((a) => a.id).sort());
  // A CURRENT approval covers exactly the submitted version's text of its sections; APPROVED needs all of them.
  const sections = versions.find((candidate) => candidate.id === version.id)!.sections.map((s) => ({ ...s, kind: "", title: "" }));
  for (const approval of approvals) {
    if (approval.state === "CURRENT") expect(approval.covered_sections).toEqual(coveredSectionsOf(sections, approval.section_ids));
  }
  // Replaying the audit trail: every decision names the submission that was open when it committed.
  const rows: AuditRow[] = await query(`SELECT action, payload FROM audit_log WHERE plan_id = $1 ORDER BY id`);
  let openSignoff: { signoffId?: string; versionId?: string } = {};
  for (const row of rows) {
    if (row.action === "SIGNOFF_REQUESTED") openSignoff = row.payload;
    if (row.action === "VERSION_APPROVED" || row.action === "CHANGES_REQUESTED") {
      expect(row.payload.signoffId).toBe(openSignoff.signoffId);
      expect(row.payload.versionId).toBe(openSignoff.versionId);
    }
  }
  expect(openSignoff.signoffId).toBe(signoff.id);
  const decidedLate = await query(
    `SELECT a.id FROM signoff_approvals a JOIN signoffs s ON s.id = a.signoff_id
      WHERE s.plan_id = $1 AND s.superseded_at IS NOT NULL AND a.carried_from_id IS NULL AND a.decided_at > s.superseded_at`,
  );
  expect(decidedLate).toEqual([]);
  expect((await ok(world.as.owner, OPS.audit, { planId })).auditLog).toMatchObject({ isValid: true, firstInvalidEntryId: null });
}

describe("sign-off under concurrency", () => {
  for (const seed of SEEDS) {
    it(`${CALLS} concurrent approve / request-changes / submit / restore calls leave a consistent state (seed ${seed})`, async () => {
      await preparePlan();
      const results = await Promise.all(randomCalls(seed).map((call) => call()));
      const codes = results.flatMap((result) => result.errors?.map((error) => error.extensions?.code) ?? []);
      // Approving a version that is not (or no longer) submitted, or submitting an older one, is a conflict.
      expect(codes.filter((code) => code !== "CONFLICT"), `seed ${seed}`).toEqual([]);
      expect(codes.length, `seed ${seed}: some calls must succeed`).toBeLessThan(CALLS);
      await assertConsistent();
    });
  }
});
