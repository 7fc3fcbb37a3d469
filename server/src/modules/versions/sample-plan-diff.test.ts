/** The diff of two versions of the sample plan names exactly the edits made between them, and nothing else. */
import { addSection, deleteSection, findSection, getSectionFragment, moveSection, renameSection, SectionKind } from "@planbridge/plan-schema";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../db/seed/demo-seed";
import { User } from "../users/user.entity";
import { GraphQLTestClient } from "../../test-support/graphql-client";
import { sessionCookie } from "../../test-support/fixtures";
import { cutVersion, OPS, ok } from "../../test-support/signoff-world";
import { startTestServer, type TestServer } from "../../test-support/test-server";

let server: TestServer;
let maya: GraphQLTestClient;
let planId: string;
beforeAll(async () => {
  server = await startTestServer();
  planId = (await seedDemo(server.db.dataSource, server.server.documents)).id;
  const owner = await server.db.dataSource.getRepository(User).findOneByOrFail({ email: "maya@acme.test" });
  maya = new GraphQLTestClient(server.url, await sessionCookie(server.server.sessions, owner.id));
});
afterAll(() => server.close());

/** Replaces one word in a section's first paragraph, in place (as typing would). */
function replaceWord(doc: Y.Doc, sectionId: string, word: string, replacement: string) {
  const paragraph = getSectionFragment(doc, sectionId).get(0) as Y.XmlElement;
  const text = paragraph.get(0) as Y.XmlText;
  const at = text.toString().indexOf(` ${word} `) + 1;
  text.delete(at, word.length);
  text.insert(at, replacement);
}

interface SectionDiff {
  sectionId: string;
  change: string;
  title: string;
  previousTitle: string | null;
  isMoved: boolean;
  words: { kind: string; text: string }[];
}

describe("diffVersions on the sample plan", () => {
  it("reports the rename, the word change, the move, the added and the removed section, and every other section unchanged", async () => {
    const v1 = await cutVersion(maya, planId, "Before council");
    let addedId = "";
    await server.server.documents.change(planId, (doc) => {
      renameSection(doc, "segment-priorities", "Segments we prioritise");
      replaceWord(doc, "tactic-field-events", "six", "eight");
      moveSection(doc, "competitive-threats", 4);
      addedId = addSection(doc, "Partner enablement", SectionKind.CUSTOM, "positioning");
      deleteSection(doc, "feedback-cadence");
      expect(findSection(doc, "feedback-cadence")).toBeUndefined();
    });
    const v2 = await cutVersion(maya, planId, "After council");

    const { diffVersions } = await ok<{ diffVersions: { sections: SectionDiff[] } }>(maya, OPS.diff, { from: v1.id, to: v2.id });
    const changes = Object.fromEntries(diffVersions.sections.map((section) => [section.sectionId, section.change]));
    const expected: Record<string, string> = Object.fromEntries(v1.sections.map((section) => [section.sectionId, "UNCHANGED"]));
    Object.assign(expected, {
      "segment-priorities": "RENAMED",
      "tactic-field-events": "EDITED",
      "competitive-threats": "MOVED",
      [addedId]: "ADDED",
      "feedback-cadence": "REMOVED",
    });
    expect(changes).toEqual(expected);

    const byId = new Map(diffVersions.sections.map((section) => [section.sectionId, section]));
    expect(byId.get("segment-priorities")).toMatchObject({ title: "Segments we prioritise", previousTitle: "Segment priorities" });
    const edits = byId.get("tactic-field-events")!.words.filter((word) => word.kind !== "SAME");
    expect(edits).toEqual([
      { kind: "REMOVED", text: "six" },
      { kind: "ADDED", text: "eight" },
    ]);
    expect(byId.get("competitive-threats")!.words.every((word) => word.kind === "SAME")).toBe(true);
    expect(diffVersions.sections.filter((section) => section.isMoved).map((section) => section.sectionId)).toEqual(["competitive-threats"]);
  });
});
