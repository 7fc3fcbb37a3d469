/**
 * The starting point of comment tests: a running server and a plan with text, with one member per
 * role (the owner is also the organisation's admin); an "outsider" of the same organisation who owns another plan, and a "foreigner" of another
 * organisation who owns a plan there.
 */
import type * as Y from "yjs";
import { anchorPhrase, getSectionFragment, listSections, paragraphElement, type Anchor, type CommentLimits } from "@planbridge/plan-schema";
import type { Plan } from "../modules/plans/plan.entity";
import type { User } from "../modules/users/user.entity";
import { PlanRole } from "../policies/plan-role";
import { addMember, createOrganization, createPlan, createUser, sessionCookie } from "./fixtures";
import { GraphQLTestClient } from "./graphql-client";
import { startTestServer, type TestServer } from "./test-server";

export type Person = "owner" | "editor" | "commenter" | "approver" | "viewer" | "outsider" | "foreigner";
export const ROLE_OF: Record<Exclude<Person, "outsider" | "foreigner">, PlanRole> = {
  owner: PlanRole.OWNER,
  editor: PlanRole.EDITOR,
  commenter: PlanRole.COMMENTER,
  approver: PlanRole.APPROVER,
  viewer: PlanRole.VIEWER,
};

/** The text of the plan's first section (Summary), one paragraph per line. */
export const SUMMARY = ["Grow EMEA pipeline by 30% with partner webinars.", "A leads need 80 points before sales calls them."];

export interface CommentWorld {
  server: TestServer;
  plan: Plan;
  /** The outsider's own plan and the foreigner's plan in the other organisation. */
  otherPlan: Plan;
  foreignPlan: Plan;
  sectionId: string;
  users: Record<Person, User>;
  cookies: Record<Person, string>;
  as: Record<Person | "anonymous", GraphQLTestClient>;
  /** An anchor on a phrase of the plan's live document. */
  anchor(phrase: string, planId?: string): Promise<Anchor>;
  close(): Promise<void>;
}

export async function createCommentWorld(limits?: CommentLimits): Promise<CommentWorld> {
  const server = await startTestServer({}, { commentLimits: limits });
  const { dataSource } = server.db;
  const documents = server.server.documents;
  const acme = await createOrganization(dataSource, "Acme");
  const globex = await createOrganization(dataSource, "Globex");
  const person = (name: string, organizationId = acme.id, isAdmin = false) =>
    createUser(dataSource, { organizationId, name, isAdmin, email: `${name.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@acme.test` });
  const users: Record<Person, User> = {
    owner: await person("Olivia", acme.id, true),
    editor: await person("Eddie"),
    commenter: await person("Cora"),
    approver: await person("Abe"),
    viewer: await person("Vera"),
    outsider: await person("Otto"),
    foreigner: await person("Gus", globex.id),
  };
  const plan = await createPlan(dataSource, documents, { owner: users.owner, title: "FY27 plan" });
  for (const who of ["editor", "commenter", "approver", "viewer"] as const) await addMember(dataSource, plan.id, users[who].id, ROLE_OF[who]);
  const otherPlan = await createPlan(dataSource, documents, { owner: users.outsider, title: "Outsider plan" });
  const foreignPlan = await createPlan(dataSource, documents, { owner: users.foreigner, title: "Globex plan" });
  const sectionId = await writeSummary(documents, plan.id);
  await writeSummary(documents, otherPlan.id);
  const cookies = {} as Record<Person, string>;
  const as = { anonymous: new GraphQLTestClient(server.url) } as CommentWorld["as"];
  for (const who of Object.keys(users) as Person[]) {
    cookies[who] = await sessionCookie(server.server.sessions, users[who].id);
    as[who] = new GraphQLTestClient(server.url, cookies[who]);
  }
  return {
    server,
    plan,
    otherPlan,
    foreignPlan,
    sectionId,
    users,
    cookies,
    as,
    async anchor(phrase, planId = plan.id) {
      return documents.read(planId, (doc) => {
        const section = listSections(doc)[0].id;
        const anchor = anchorPhrase(doc, section, phrase);
        if (!anchor) throw new Error(`"${phrase}" is not in the plan`);
        return anchor;
      });
    },
    close: () => server.close(),
  };
}

/** Writes SUMMARY into the first section through the collaboration module; returns the section id. */
export async function writeSummary(
  documents: { change(planId: string, edit: (doc: Y.Doc) => void): Promise<void> },
  planId: string,
): Promise<string> {
  let sectionId = "";
  await documents.change(planId, (doc) => {
    sectionId = listSections(doc)[0].id;
    const fragment = getSectionFragment(doc, sectionId);
    fragment.delete(0, fragment.length);
    fragment.insert(0, SUMMARY.map(paragraphElement));
  });
  return sectionId;
}
