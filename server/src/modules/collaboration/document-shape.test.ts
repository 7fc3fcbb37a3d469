/**
 * The document shape check on real Yjs documents: honest editing (typing, formatting, lists, section
 * add/rename/move/delete, concurrent moves, offline sync) passes; what would break the plan schema
 * is refused before it touches the document (issue 8, findings 3 and 4).
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addSection,
  createPlanDoc,
  deleteSection,
  getSectionFragment,
  getSections,
  LIMITS,
  moveSection,
  readPlan,
  renameSection,
  SectionField,
  SectionKind,
  setSectionReviewer,
} from "@planbridge/plan-schema";
import { checkDocumentShape, type ShapeLimits } from "./document-shape";

/** The server's live document and a client replica. */
function setUp(): { server: Y.Doc; client: Y.Doc } {
  const server = createPlanDoc();
  return { server, client: replica(server) };
}

function replica(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Runs `change` on the client and returns the update it produced (what y-websocket sends). */
function edit(client: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  client.on("update", collect);
  client.transact(() => change(client));
  client.off("update", collect);
  return Y.mergeUpdates(updates);
}

function check(update: Uint8Array, server: Y.Doc, limits: ShapeLimits = LIMITS): void {
  checkDocumentShape(Y.decodeUpdate(update), server, limits);
}

/** Checks, then applies (as the server does for an accepted update). */
function accept(update: Uint8Array, server: Y.Doc): void {
  check(update, server);
  Y.applyUpdate(server, update);
}

function firstParagraph(doc: Y.Doc, index = 0): Y.XmlElement {
  return getSectionFragment(doc, readPlan(doc).sections[index].id).get(0) as Y.XmlElement;
}

function nestedLists(parent: Y.XmlElement | Y.XmlFragment, levels: number): void {
  let at: Y.XmlElement | Y.XmlFragment = parent;
  for (let i = 0; i < levels; i++) {
    const list = new Y.XmlElement("bulletList");
    const item = new Y.XmlElement("listItem");
    at.insert(at.length, [list]);
    list.insert(0, [item]);
    at = item;
  }
  at.insert(0, [new Y.XmlElement("paragraph")]);
}

describe("honest edits pass", () => {
  it("typing, formatting, paragraphs, nested lists and tables", () => {
    const { server, client } = setUp();
    accept(edit(client, (doc) => firstParagraph(doc).insert(0, [new Y.XmlText("Grow EMEA")])), server);
    accept(edit(client, (doc) => (firstParagraph(doc).get(0) as Y.XmlText).format(0, 4, { bold: true })), server);
    accept(edit(client, (doc) => (firstParagraph(doc).get(0) as Y.XmlText).insert(4, " pipeline")), server);
    accept(edit(client, (doc) => (firstParagraph(doc).get(0) as Y.XmlText).delete(0, 2)), server);
    accept(edit(client, (doc) => nestedLists(getSectionFragment(doc, readPlan(doc).sections[1].id), 10)), server);
    accept(
      edit(client, (doc) => {
        const heading = new Y.XmlElement("heading");
        getSectionFragment(doc, readPlan(doc).sections[2].id).insert(0, [heading]);
        heading.setAttribute("level", 2 as unknown as string);
      }),
      server,
    );
    expect(readPlan(server)).toEqual(readPlan(client));
  });

  it("adding, renaming, moving and deleting sections, reviewers kept on moves", () => {
    const { server, client } = setUp();
    const tactic = readPlan(server).sections.find((s) => s.kind === SectionKind.TACTIC)!;
    setSectionReviewer(server, tactic.id, "reviewer-1"); // the owner, through GraphQL
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));
    accept(edit(client, (doc) => addSection(doc, "Partner program", SectionKind.TACTIC, tactic.id)), server);
    accept(edit(client, (doc) => renameSection(doc, tactic.id, "Tactic: Webinars with partners")), server);
    accept(edit(client, (doc) => moveSection(doc, tactic.id, -1)), server);
    accept(edit(client, (doc) => moveSection(doc, tactic.id, 2)), server);
    accept(edit(client, (doc) => deleteSection(doc, readPlan(doc).sections[0].id)), server);
    expect(readPlan(server)).toEqual(readPlan(client));
    expect(readPlan(server).sections.find((s) => s.id === tactic.id)?.reviewerId).toBe("reviewer-1");
  });

  it("two editors moving the same section at once", () => {
    const { server, client } = setUp();
    const other = replica(server);
    const id = readPlan(server).sections[3].id;
    const first = edit(client, (doc) => moveSection(doc, id, -1));
    const second = edit(other, (doc) => moveSection(doc, id, 1));
    accept(first, server);
    accept(second, server);
    expect(readPlan(server).sections.filter((s) => s.id === id)).toHaveLength(1);
  });

  it("a reconnecting client's sync with offline edits and its whole delete set", () => {
    const { server, client } = setUp();
    for (let i = 0; i < 5; i++) accept(edit(client, (doc) => deleteSection(doc, readPlan(doc).sections[0].id)), server);
    client.transact(() => firstParagraph(client).insert(0, [new Y.XmlText("offline")]));
    client.transact(() => renameSection(client, readPlan(client).sections[1].id, "Renamed offline"));
    accept(Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)), server);
    expect(readPlan(server)).toEqual(readPlan(client));
  });
});

describe("refused", () => {
  const refusals: [string, (doc: Y.Doc) => void, RegExp][] = [
    ["a string in the section list", (doc) => getSections(doc).push(["not a map"] as never[]), /sections must be maps/],
    ["a text inside the section list", (doc) => getSections(doc).push([new Y.Text("x")] as never[]), /sections must be maps/],
    ["a section with an unknown field", (doc) => getSections(doc).get(0).set("color", "red"), /unknown section field/],
    ["a title over the limit", (doc) => renameSection(doc, readPlan(doc).sections[0].id, "x".repeat(LIMITS.maxTitleLength + 1)), /invalid section title/],
    ["a title that is not text", (doc) => getSections(doc).get(0).set(SectionField.title, 42), /invalid section title/],
    ["a reviewer set by a client", (doc) => setSectionReviewer(doc, readPlan(doc).sections[6].id, "me"), /assigned by the owner/],
    ["a reviewer removed by a client", (doc) => getSections(doc).get(0).delete(SectionField.reviewerId), /assigned by the owner/],
    ["a changed section kind", (doc) => getSections(doc).get(0).set(SectionField.kind, SectionKind.TACTIC), /kind is fixed/],
    ["a changed section id", (doc) => getSections(doc).get(0).set(SectionField.id, "other"), /id is fixed/],
    ["a removed title", (doc) => getSections(doc).get(0).delete(SectionField.title), /cannot be removed/],
    [
      "a new section with a reviewer",
      (doc) => {
        const id = addSection(doc, "Mine", SectionKind.TACTIC);
        getSections(doc).get(getSections(doc).length - 1).set(SectionField.reviewerId, `reviewer-of-${id}`);
      },
      /assigned by the owner/,
    ],
    [
      "a new section without a title",
      (doc) => {
        const map = new Y.Map<unknown>();
        map.set(SectionField.id, "untitled");
        map.set(SectionField.kind, SectionKind.CUSTOM);
        getSections(doc).push([map]);
      },
      /needs an id, kind and title/,
    ],
    [
      "a second section with an existing id",
      (doc) => {
        const first = readPlan(doc).sections[0];
        const copy = new Y.Map<unknown>();
        for (const [key, value] of Object.entries({ id: first.id, kind: first.kind, title: "Impostor", reviewerId: null })) copy.set(key, value);
        getSections(doc).insert(0, [copy]);
      },
      /duplicate section id/,
    ],
    [
      "a moved copy that changes the reviewer",
      (doc) => {
        const tactic = readPlan(doc).sections[6];
        const copy = new Y.Map<unknown>();
        for (const [key, value] of Object.entries({ ...tactic, content: undefined, text: undefined, reviewerId: "me" })) {
          if (value !== undefined) copy.set(key, value);
        }
        getSections(doc).delete(6, 1);
        getSections(doc).insert(0, [copy]);
      },
      /assigned by the owner/,
    ],
    ["deleting every section", (doc) => getSections(doc).delete(0, getSections(doc).length), /at least one section/],
    ["text outside the layout", (doc) => doc.getText("elsewhere").insert(0, "x"), /outside the plan layout/],
    ["a map outside the layout", (doc) => doc.getMap("settings").set("x", 1), /outside the plan layout/],
    ["rich text nested past the limit", (doc) => nestedLists(firstParagraph(doc), LIMITS.maxNestingDepth), /nested too deep/],
    ["a shared type inside a text run", (doc) => (firstParagraph(doc).insert(0, [new Y.XmlText("a")]), (firstParagraph(doc).get(0) as Y.XmlText).insertEmbed(1, new Y.Map() as never)), /outside the plan layout|malformed/],
    ["a string directly in a fragment", (doc) => getSectionFragment(doc, readPlan(doc).sections[0].id).insert(0, ["raw" as never]), /malformed rich text/],
  ];
  for (const [name, change, message] of refusals) {
    it(name, () => {
      const { server, client } = setUp();
      const before = Y.encodeStateAsUpdate(server);
      expect(() => check(edit(client, change), server)).toThrow(message);
      expect(Y.encodeStateAsUpdate(server)).toEqual(before); // checked, never applied
    });
  }

  it("adding a section past maxSections", () => {
    const { server, client } = setUp();
    const limits = { ...LIMITS, maxSections: readPlan(server).sections.length };
    expect(() => check(edit(client, (doc) => addSection(doc, "One more", SectionKind.CUSTOM)), server, limits)).toThrow(/too many sections/);
    check(edit(client, (doc) => deleteSection(doc, readPlan(doc).sections[0].id)), server, limits);
  });

  it("a paste of thousands of formatted runs, each placed through the previous one, passes", () => {
    const { server, client } = setUp();
    const update = edit(client, (doc) => {
      const run = new Y.XmlText();
      firstParagraph(doc).insert(0, [run]);
      for (let i = 0; i < 2_000; i++) run.insert(i, "x", i % 2 === 0 ? { bold: true } : {});
    });
    accept(update, server);
    expect(readPlan(server)).toEqual(readPlan(client));
  });
});
