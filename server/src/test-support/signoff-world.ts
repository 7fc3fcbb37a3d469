/**
 * The GraphQL world plus the two roles sign-off needs (two APPROVERs and a VIEWER), the GraphQL
 * documents of versions and sign-off, and small steps tests compose: cut, submit, edit a section.
 */
import { getSectionFragment, paragraphElement } from "@planbridge/plan-schema";
import { expect } from "vitest";
import { PlanRole } from "../policies/plan-role";
import type { User } from "../modules/users/user.entity";
import { addMember, createUser } from "./fixtures";
import type { GraphQLTestClient, LooseJson } from "./graphql-client";
import { createGraphQLWorld, type GraphQLWorld } from "./graphql-world";

export const OPS = {
  cut: `mutation($input: CutVersionInput!) { cutVersion(input: $input) { id number name hash sections { sectionId hash } } }`,
  versions: `query($planId: ID!) { planVersions(planId: $planId) { id number } }`,
  version: `query($id: ID!) { planVersion(id: $id) { id number content createdBy { email } } }`,
  diff: `query($from: ID!, $to: ID!) { diffVersions(fromVersionId: $from, toVersionId: $to) { sections { sectionId change title previousTitle isMoved words { kind text } } } }`,
  diffDraft: `query($id: ID!) { diffVersionWithDraft(versionId: $id) { to { id } sections { sectionId change } } }`,
  restore: `mutation($input: RestoreVersionInput!) { restoreVersion(input: $input) { id } }`,
  submit: `mutation($input: RequestSignoffInput!) { requestSignoff(input: $input) { id status version { number } approvals { approver { email } state } } }`,
  approve: `mutation($input: ApproveVersionInput!) { approveVersion(input: $input) { id status } }`,
  requestChanges: `mutation($input: RequestChangesInput!) { requestChanges(input: $input) { id status } }`,
  review: `mutation($input: ReviewTacticInput!) { reviewTactic(input: $input) { id state sectionHash reviewer { email } } }`,
  coverage: `query($planId: ID!) { reviewCoverage(planId: $planId) { version { number } sections { sectionId state reviewer { email } } } }`,
  planSignoff: `query($id: ID!) { plan(id: $id) { status signoff { status version { number } approvals { approver { email } state } } } }`,
  audit: `query($planId: ID!) { auditLog(planId: $planId) { isValid firstInvalidEntryId entries { id action } } }`,
  assign: `mutation($input: AssignSectionReviewerInput!) { assignSectionReviewer(input: $input) { id reviewer { id } } }`,
  sections: `query($id: ID!) { plan(id: $id) { sections { id kind title reviewer { id } } } }`,
} as const;

export type SignoffWorld = Omit<GraphQLWorld, "users" | "as"> & {
  users: GraphQLWorld["users"] & Record<"approver" | "approver2" | "viewer", User>;
  as: GraphQLWorld["as"] & Record<"approver" | "approver2" | "viewer", GraphQLTestClient>;
};

export async function createSignoffWorld(): Promise<SignoffWorld> {
  const world = await createGraphQLWorld();
  const { dataSource } = world.server.db;
  const organizationId = world.users.owner.organizationId;
  const approver = await createUser(dataSource, { organizationId, name: "Dana Director" });
  const approver2 = await createUser(dataSource, { organizationId, name: "Ari Approver" });
  const viewer = await createUser(dataSource, { organizationId, name: "Vic Viewer" });
  await addMember(dataSource, world.plan.id, approver.id, PlanRole.APPROVER);
  await addMember(dataSource, world.plan.id, approver2.id, PlanRole.APPROVER);
  await addMember(dataSource, world.plan.id, viewer.id, PlanRole.VIEWER);
  return {
    ...world,
    users: { ...world.users, approver, approver2, viewer },
    as: {
      ...world.as,
      approver: await world.clientFor(approver),
      approver2: await world.clientFor(approver2),
      viewer: await world.clientFor(viewer),
    },
  };
}

/** Runs an operation that must succeed and returns its data. */
export async function ok<T = LooseJson>(client: GraphQLTestClient, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await client.request<T>(query, variables);
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data as T;
}

export interface CutVersion {
  id: string;
  number: number;
  hash: string;
  sections: { sectionId: string; hash: string }[];
}

export async function cutVersion(client: GraphQLTestClient, planId: string, name?: string): Promise<CutVersion> {
  return (await ok<{ cutVersion: CutVersion }>(client, OPS.cut, { input: { planId, name } })).cutVersion;
}

/** A server-side edit of one section's text (stored and broadcast like a collaborator's typing). */
export async function appendParagraph(world: Pick<GraphQLWorld, "server">, planId: string, sectionId: string, text: string): Promise<void> {
  await world.server.server.documents.change(planId, (doc) => {
    const fragment = getSectionFragment(doc, sectionId);
    fragment.insert(fragment.length, [paragraphElement(text)]);
  });
}

export async function tacticIds(world: Pick<GraphQLWorld, "server">, planId: string): Promise<string[]> {
  const plan = await world.server.server.documents.readPlan(planId);
  return plan.sections.filter((section) => section.kind === "tactic").map((section) => section.id);
}
