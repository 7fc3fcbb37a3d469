/**
 * Issue 8, finding 4: GraphQL never returns a section reviewer of another organisation. Reviewers are
 * read from the reviewer table (issue 11), and the document, which clients write, only mirrors it; even
 * if both name a user of another organisation (stored before the server checked either), that user is
 * never shown, while a colleague assigned the owner's way is.
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
  // The foreigner is forged into the table and the document past every check; the editor is assigned normally.
  await world.server.server.services.repositories.sectionReviewers.assign(world.plan.id, first.id, world.users.foreigner.id, null);
  await documents.change(world.plan.id, (doc) => void setSectionReviewer(doc, first.id, world.users.foreigner.id));
  await world.server.server.services.plans.assignReviewer(world.users.owner, world.plan.id, second.id, world.users.editor.id);
  const reviewers = await tacticReviewers();
  expect(reviewers[0]).toBeNull();
  expect(reviewers[1]).toEqual({ id: world.users.editor.id, name: world.users.editor.name, email: world.users.editor.email });
});
