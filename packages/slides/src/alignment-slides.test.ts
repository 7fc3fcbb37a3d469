import type { AlignmentJson } from "@planbridge/plan-schema";
import { describe, expect, it } from "vitest";
import { slidesFromPlan, type DeckInput } from "./from-plan";

const alignment: AlignmentJson = {
  leadDefinition: {
    revision: 3,
    publishedRevision: 3,
    qualifiedLeadDefinition: "A mid-market manufacturer whose operations head asked for a demo.",
    gradingResponsibility: "Inside sales grades B and C; the field rep confirms A.",
    thresholds: { a: 80, b: 50, c: 25 },
    criteria: [
      { id: "1", kind: "FIT", label: "Target industry", attribute: "industry", operator: "EQUALS_ANY", values: ["Manufacturing", "Logistics"], points: 25 },
      { id: "2", kind: "ENGAGEMENT", label: "Requested a demo", attribute: "demoRequested", operator: "IS_TRUE", values: [], points: 30 },
      { id: "3", kind: "FIT", label: "Too small", attribute: "employees", operator: "AT_MOST", values: ["20"], points: -30 },
    ],
  },
  campaignCalendar: {
    timeZone: "Europe/Berlin",
    campaigns: [
      { id: "b", name: "Partner webinars", channel: "Webinar", region: "EMEA", segment: null, productFocus: null, launchDate: "2027-02-10", endDate: "2027-03-01", prepDays: 14, prepStartDate: "2027-01-27", isEnablementReady: true, goals: [] },
      { id: "a", name: "Roadshow", channel: "Field event", region: "NA East", segment: null, productFocus: null, launchDate: "2027-01-12", endDate: null, prepDays: 0, prepStartDate: "2027-01-12", isEnablementReady: false, goals: [] },
    ],
    events: [{ kind: "BLACKOUT", name: "Quarter close", startDate: "2027-03-26", endDate: "2027-03-31", region: null }],
    focus: [{ quarter: "2027-Q1", products: ["Analytics Cloud"] }],
  },
};

const input = (withAlignment: boolean): DeckInput => ({
  planTitle: "FY27",
  ownerName: "Maya Okafor",
  version: { number: 2, name: null, hash: "a".repeat(64), createdAt: "2026-11-25T10:00:00.000Z", content: { sections: [], ...(withAlignment ? { alignment } : {}) } },
  isApproved: false,
  approvers: [],
  reviewers: {},
});

describe("alignment slides", () => {
  it("a lead-definition table and a campaign timeline in launch order sit before the sign-off slide", () => {
    const slides = slidesFromPlan(input(true)).slides;
    expect(slides.map((slide) => slide.id)).toEqual(["title", "agenda:1", "lead-definition:1", "campaign-timeline:1", "signoff"]);
    const [lead, calendar] = slides.slice(2, 4);
    if (lead.kind !== "section" || calendar.kind !== "section") throw new Error("section slides expected");
    expect(lead.blocks).toContainEqual(
      expect.objectContaining({
        type: "table",
        header: ["Criterion", "Kind", "Rule", "Points"],
        rows: [
          ["Target industry", "Fit", "industry is one of Manufacturing, Logistics", "+25"],
          ["Requested a demo", "Engagement", "demoRequested happened", "+30"],
          ["Too small", "Fit", "employees is at most 20", "-30"],
        ],
      }),
    );
    expect(lead.blocks).toContainEqual({ type: "paragraph", text: "Grade A from 80 points, B from 50, C from 25; below 25: not a lead." });
    const timeline = calendar.blocks.find((block) => block.type === "table");
    expect(timeline && timeline.type === "table" && timeline.rows.map((row) => row[0])).toEqual(["Roadshow", "Partner webinars"]);
    expect(timeline && timeline.type === "table" && timeline.rows[1]).toEqual(["Partner webinars", "EMEA", "Webinar", "from 2027-01-27", "2027-02-10 to 2027-03-01", "ready"]);
    expect(calendar.notes).toContain("Europe/Berlin");
  });

  it("versions cut before the alignment tools have no such slides", () => {
    expect(slidesFromPlan(input(false)).slides.map((slide) => slide.id)).toEqual(["title", "agenda:1", "signoff"]);
  });
});
