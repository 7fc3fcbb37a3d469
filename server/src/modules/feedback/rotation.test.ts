/**
 * The rotation of regional managers: 12 calls, 5 regions (one with two managers), absences and an override,
 * first as the pure rule, then through createFeedbackSession on a real database.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../test-support/fixtures";
import { createGraphQLWorld, type GraphQLWorld } from "../../test-support/graphql-world";
import { PlanRole } from "../../policies/plan-role";
import { addMember } from "../../test-support/fixtures";
import { CouncilSeatKind } from "../council/council-member.entity";
import type { User } from "../users/user.entity";
import { ParticipantKind } from "./feedback-enums";
import { proposeRotation, type RotationAttendee, type RotationCandidate } from "./rotation";

const MANAGERS = [
  { userId: "u-amara", region: "EMEA", sortName: "Amara" },
  { userId: "u-ben", region: "EMEA", sortName: "Ben" },
  { userId: "u-kenji", region: "APAC", sortName: "Kenji" },
  { userId: "u-sofia", region: "LATAM", sortName: "Sofia" },
  { userId: "u-james", region: "NA East", sortName: "James" },
  { userId: "u-priya", region: "NA West", sortName: "Priya" },
];
/** Call index -> who is away then. */
const AWAY: Record<number, string[]> = { 1: ["u-kenji"], 2: ["u-kenji", "u-sofia"], 5: ["u-amara"], 8: ["u-priya", "u-james"], 9: ["u-priya"] };
/** Call index -> the organiser's override. */
const OVERRIDES: Record<number, string[]> = { 6: ["u-sofia", "u-priya"] };

function simulate(): RotationAttendee[][] {
  const calls: RotationAttendee[][] = [];
  for (let index = 0; index < 12; index += 1) {
    const candidates: RotationCandidate[] = MANAGERS.map((manager) => ({ ...manager, isAvailable: !(AWAY[index] ?? []).includes(manager.userId) }));
    const override = OVERRIDES[index];
    calls.push(
      override
        ? override.map((userId) => ({ userId, region: MANAGERS.find((manager) => manager.userId === userId)!.region }))
        : proposeRotation(candidates, calls, 2),
    );
  }
  return calls;
}

function expectFairRotation(calls: RotationAttendee[][], managers: readonly { userId: string }[]) {
  calls.forEach((call, index) => {
    expect(call.length, `call ${index} brings one or two managers`).toBeGreaterThanOrEqual(1);
    expect(call.length).toBeLessThanOrEqual(2);
    if (call.length < 2 && index > 0) {
      // A seat stays empty only when every other available manager's region was on the previous call.
      const before = new Set(calls[index - 1].map((attendee) => attendee.region));
      const left = MANAGERS.filter((m) => !(AWAY[index] ?? []).includes(m.userId) && !call.some((a) => a.userId === m.userId));
      expect(left.filter((m) => !before.has(m.region) && !call.some((a) => a.region === m.region))).toEqual([]);
    }
    for (const away of index in OVERRIDES ? [] : (AWAY[index] ?? [])) expect(call.map((a) => a.userId)).not.toContain(away);
    if (index > 0 && !(index in OVERRIDES)) {
      const before = new Set(calls[index - 1].map((attendee) => attendee.region));
      expect(call.filter((attendee) => before.has(attendee.region)), `call ${index} repeats a region of call ${index - 1}`).toEqual([]);
    }
  });
  const counts = managers.map((manager) => calls.flat().filter((attendee) => attendee.userId === manager.userId).length);
  for (const count of counts) expect(count).toBeGreaterThanOrEqual(3);
  expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
}

describe("rotation of regional managers (the rule)", () => {
  it("over 12 calls with 5 regions and absences: everyone comes, fairly, no region twice in a row, overrides kept", () => {
    const calls = simulate();
    expectFairRotation(calls, MANAGERS);
    expect(calls[6].map((attendee) => attendee.userId)).toEqual(["u-sofia", "u-priya"]);
    // The override counts: the call after it does not bring LATAM or NA West again.
    expect(calls[7].map((attendee) => attendee.region)).not.toContain("LATAM");
  });

  it("brings the only region there is, call after call", () => {
    const only = [{ userId: "solo", region: "EMEA", sortName: "Solo", isAvailable: true }];
    const first = proposeRotation(only, [], 2);
    expect(proposeRotation(only, [first], 2)).toEqual([{ userId: "solo", region: "EMEA" }]);
  });

  it("skips everyone away, even when that leaves a seat empty", () => {
    const candidates = MANAGERS.map((manager) => ({ ...manager, isAvailable: manager.region === "APAC" }));
    expect(proposeRotation(candidates, [], 2)).toEqual([{ userId: "u-kenji", region: "APAC" }]);
  });
});

describe("rotation through createFeedbackSession", () => {
  let world: GraphQLWorld;
  const people = new Map<string, User>();
  beforeAll(async () => {
    world = await createGraphQLWorld();
    const { dataSource } = world.server.db;
    for (const manager of MANAGERS) {
      const user = await createUser(dataSource, { organizationId: world.users.owner.organizationId, name: manager.sortName });
      await addMember(dataSource, world.plan.id, user.id, PlanRole.COMMENTER);
      await world.server.server.services.council.setMember(world.users.owner, {
        userId: user.id,
        kind: CouncilSeatKind.REGION,
        region: manager.region,
        termStart: "2026-01-01",
      });
      people.set(manager.userId, user);
    }
  });
  afterAll(() => world.server.close());

  it("12 calls a week apart follow the same rules, with absences set on the roster and an override", async () => {
    const { council, feedback } = world.server.server.services;
    const roster = await council.roster(world.users.owner);
    const memberOf = (key: string) => roster.find((member) => member.userId === people.get(key)!.id)!;
    const start = Date.now() + 86_400_000;
    const calls: RotationAttendee[][] = [];
    for (let index = 0; index < 12; index += 1) {
      const scheduledAt = new Date(start + index * 7 * 86_400_000);
      const day = scheduledAt.toISOString().slice(0, 10);
      for (const manager of MANAGERS) {
        const isAway = (AWAY[index] ?? []).includes(manager.userId);
        await council.setAway(world.users.owner, memberOf(manager.userId).id, isAway ? day : null);
      }
      const override = OVERRIDES[index]?.map((key) => people.get(key)!.id);
      const session = await feedback.createSession(world.users.owner, { planId: world.plan.id, scheduledAt, managerIds: override }, "http://test");
      const rotating = session.participants.filter((participant) => participant.kind === ParticipantKind.ROTATION);
      const keyOf = (userId: string) => [...people].find(([, user]) => user.id === userId)![0];
      calls.push(rotating.map((participant) => ({ userId: keyOf(participant.userId), region: participant.region! })));
      expect(session.participants.filter((p) => p.kind === ParticipantKind.STANDING).map((p) => p.userId)).toEqual(expect.arrayContaining([world.users.owner.id, world.users.editor.id]));
    }
    expectFairRotation(calls, MANAGERS);
    expect(calls[6].map((attendee) => attendee.userId).sort()).toEqual(["u-priya", "u-sofia"]);
  });

  it("an override names only regional council members of the plan", async () => {
    const response = await world.as.owner.request(
      `mutation($input: CreateFeedbackSessionInput!) { createFeedbackSession(input: $input) { id } }`,
      { input: { planId: world.plan.id, scheduledAt: new Date(Date.now() + 86_400_000).toISOString(), managerIds: [world.users.outsider.id] } },
    );
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].message).toMatch(/regional council members/);
  });
});
