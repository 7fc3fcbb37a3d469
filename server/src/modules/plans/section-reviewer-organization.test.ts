/**
 * Issue 8, finding 4: a section's reviewer id lives in the shared document, which clients write. Even
 * if a document names a user of another organisation (stored before the server checked updates), GraphQL
 * never returns that user.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { SectionKind, setSectionReviewer } from "@planbridge/plan-schema";
import { createGraphQLWorld, type GraphQLWorld } from "../../test-support/graphql-world";

const PLAN = `query($id: ID!) { plan(id: $id) { sections { id kind reviewer { id name email } } } }`;

let world: GraphQLWorld;
beforeAll(async () => {
  world = await createGraphQLWorld();
});
afterAll(async () => {
  await world?.server.close();
});

async function tacticReviewers(): Promise<({ id: string } | null)[]> {
  const { data } = await world.as.owner.request(PLAN, { id: world.plan.id });
  return data?.plan.sections.filter((s: { kind: string }) => s.kind === SectionKind.TACTIC).map((s: { reviewer: unknown }) => s.reviewer);
}

it("shows a reviewer of the plan's organisation and never one of another organisation", async () => {
  const { documents } = world.server.server;
  const plan = await documents.readPlan(world.plan.id);
  const [first, second] = plan.sections.filter((section) => section.kind === SectionKind.TACTIC);
  await documents.change(world.plan.id, (doc) => {
    setSectionReviewer(doc, first.id, world.users.foreigner.id);
    setSectionReviewer(doc, second.id, world.users.editor.id);
  });
  const reviewers = await tacticReviewers();
  expect(reviewers[0]).toBeNull();
  expect(reviewers[1]).toEqual({ id: world.users.editor.id, name: world.users.editor.name, email: world.users.editor.email });
});
