import { describe, expect, it } from "vitest";
import type { PlanVersion } from "../versions/plan-version.entity";
import { carryOver } from "./approval-carry-over";
import type { SignoffApproval } from "./signoff-approval.entity";
import { ApprovalState } from "./signoff-states";

const version = (hashes: Record<string, string>) =>
  ({ id: "v", sections: Object.entries(hashes).map(([sectionId, hash]) => ({ sectionId, hash, kind: "tactic", title: sectionId })) }) as PlanVersion;

const decided = (state: ApprovalState, covered: Record<string, string>, sectionIds: string[] | null = null): SignoffApproval => ({
  id: "a1",
  signoffId: "s1",
  approverId: "u1",
  sectionIds,
  state,
  versionId: "v1",
  coveredSections: Object.entries(covered).map(([sectionId, hash]) => ({ sectionId, hash })),
  comment: state === ApprovalState.CHANGES_REQUESTED ? "fix it" : null,
  decidedAt: new Date(0),
  carriedFromId: null,
  createdAt: new Date(0),
});

describe("carryOver", () => {
  it("keeps an approval whose covered sections are unchanged, even when others changed", () => {
    const result = carryOver({ approverId: "u1", sectionIds: ["a"] }, decided(ApprovalState.CURRENT, { a: "1" }, ["a"]), version({ a: "1", b: "9" }));
    expect(result).toMatchObject({ approval: { state: ApprovalState.CURRENT, versionId: "v1", carriedFromId: "a1" }, becameStale: false, changedSectionIds: [] });
  });

  it("stales an approval when a covered section changed, appeared or disappeared, and says which", () => {
    const whole = decided(ApprovalState.CURRENT, { a: "1", b: "2" });
    expect(carryOver({ approverId: "u1", sectionIds: null }, whole, version({ a: "1", b: "3" }))).toMatchObject({
      approval: { state: ApprovalState.STALE },
      becameStale: true,
      changedSectionIds: ["b"],
    });
    expect(carryOver({ approverId: "u1", sectionIds: null }, whole, version({ a: "1", b: "2", c: "4" })).changedSectionIds).toEqual(["c"]);
    expect(carryOver({ approverId: "u1", sectionIds: null }, whole, version({ a: "1" })).changedSectionIds).toEqual(["b"]);
  });

  it("does not tell an approver twice: a stale approval stays stale without a new notice, and turns current if the text comes back", () => {
    const stale = decided(ApprovalState.STALE, { a: "1" }, ["a"]);
    expect(carryOver({ approverId: "u1", sectionIds: ["a"] }, stale, version({ a: "2" }))).toMatchObject({ approval: { state: ApprovalState.STALE }, becameStale: false });
    expect(carryOver({ approverId: "u1", sectionIds: ["a"] }, stale, version({ a: "1" })).approval.state).toBe(ApprovalState.CURRENT);
  });

  it("keeps a request for changes while nothing it covers changed, and asks again once something did", () => {
    const changes = decided(ApprovalState.CHANGES_REQUESTED, { a: "1" }, ["a"]);
    expect(carryOver({ approverId: "u1", sectionIds: ["a"] }, changes, version({ a: "1" })).approval).toMatchObject({ state: ApprovalState.CHANGES_REQUESTED, comment: "fix it" });
    expect(carryOver({ approverId: "u1", sectionIds: ["a"] }, changes, version({ a: "2" })).approval).toMatchObject({ state: ApprovalState.PENDING, comment: null });
  });

  it("starts a new approver, or one who had not decided, as PENDING", () => {
    expect(carryOver({ approverId: "u2", sectionIds: null }, undefined, version({ a: "1" })).approval.state).toBe(ApprovalState.PENDING);
    const pending = { ...decided(ApprovalState.PENDING, {}), coveredSections: null };
    expect(carryOver({ approverId: "u1", sectionIds: null }, pending, version({ a: "1" })).approval.state).toBe(ApprovalState.PENDING);
  });
});
