import { describe, expect, it } from "vitest";
import { matchPeople, mentionQueryAt } from "../../components/mention-query";
import { formatMention, splitMentions } from "./mentions";
import { filterThreads, type ThreadFilters } from "./thread-filters";

const maya = { id: "u1", name: "Maya Okafor", email: "maya@acme.test" };
const rita = { id: "u2", name: "Rita Gomez", email: "rita@acme.test" };
const people = [maya, rita];

describe("mentions", () => {
  it("writes a mention as @email, the syntax the server notifies on", () => {
    expect(formatMention(maya)).toBe("@maya@acme.test");
  });

  it("shows mentions of plan members by name and leaves other @text alone", () => {
    const parts = splitMentions("Ask @maya@acme.test, or @nobody@else.test and me@home", people);
    expect(parts).toEqual([
      { text: "Ask " },
      { text: "@Maya Okafor", person: maya },
      { text: ", or @nobody@else.test and me@home" },
    ]);
  });

  it("finds the name being typed after an @ at a word start only", () => {
    expect(mentionQueryAt("Hi @Ma", 6)).toEqual({ start: 3, end: 6, text: "ma" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, end: 1, text: "" });
    expect(mentionQueryAt("mail me@acme", 12)).toBeNull();
    expect(mentionQueryAt("Hi @Maya and", 12)).toBeNull();
  });

  it("matches people by any word of their name or the start of their email", () => {
    expect(matchPeople(people, "oka")).toEqual([maya]);
    expect(matchPeople(people, "rita@")).toEqual([rita]);
    expect(matchPeople(people, "")).toEqual(people);
    expect(matchPeople(people, "zed")).toEqual([]);
  });
});

describe("thread filters", () => {
  const threads = [
    { id: "a", status: "OPEN", author: { id: "u1" }, anchor: { sectionId: "summary" } },
    { id: "b", status: "RESOLVED", author: { id: "u2" }, anchor: { sectionId: "positioning" } },
    { id: "c", status: "OPEN", author: { id: "u2" }, anchor: null },
  ];
  const none: ThreadFilters = { status: "ALL", mine: false, orphaned: false, sectionId: null };
  const context = { myId: "u2", isOrphaned: (t: { id: string }) => t.id === "b", activeId: null };
  const ids = (filters: Partial<ThreadFilters>, activeId: string | null = null) =>
    filterThreads(threads, { ...none, ...filters }, { ...context, activeId }).map((t) => t.id);

  it("filters by status, author, deleted text and section", () => {
    expect(ids({})).toEqual(["a", "b", "c"]);
    expect(ids({ status: "OPEN" })).toEqual(["a", "c"]);
    expect(ids({ status: "RESOLVED" })).toEqual(["b"]);
    expect(ids({ mine: true })).toEqual(["b", "c"]);
    expect(ids({ orphaned: true })).toEqual(["b"]);
    expect(ids({ sectionId: "summary" })).toEqual(["a"]);
  });

  it("keeps the thread being looked at even when a filter excludes it", () => {
    expect(ids({ status: "OPEN" }, "b")).toEqual(["a", "b", "c"]);
  });
});
