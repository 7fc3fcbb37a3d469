import { describe, expect, it } from "vitest";
import { mentionedEmails } from "./mentions";

describe("mentionedEmails", () => {
  it("finds @email mentions, lower-cased and once each, ignoring trailing punctuation", () => {
    expect(mentionedEmails("@Maya@Acme.test please look, and @rita@acme.test. Thanks @maya@acme.test!")).toEqual([
      "maya@acme.test",
      "rita@acme.test",
    ]);
  });

  it("ignores plain email addresses and lone @ signs", () => {
    expect(mentionedEmails("write to maya@acme.test or @ me, or @maya")).toEqual([]);
  });
});
