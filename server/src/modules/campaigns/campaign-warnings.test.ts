/** Warnings against the organisation's "today": time zones, month and year boundaries, daylight-saving changes. */
import { describe, expect, it } from "vitest";
import { addDays, dateIn, quarterOf } from "./calendar-dates";
import { CampaignGoalStatus, CampaignWarningCode, SalesEventKind } from "./campaign-enums";
import type { CampaignGoal } from "./campaign-goal.entity";
import { campaignWarnings, isInPrepWindow, prepStartDate, type CalendarFacts } from "./campaign-warnings";
import { Campaign } from "./campaign.entity";
import type { SalesEvent } from "./sales-event.entity";

function campaign(fields: Partial<Campaign>): Campaign {
  return Object.assign(new Campaign(), {
    id: fields.name ?? "c",
    name: "Spring webinar",
    channel: "Webinar",
    region: "EMEA",
    segment: null,
    productFocus: null,
    endDate: null,
    prepDays: 14,
    talkTrackReady: false,
    objectionHandlingReady: false,
    competitivePositioningReady: false,
    leadListReady: false,
    ...fields,
  });
}

function facts(today: string, campaigns: Campaign[], extra: Partial<CalendarFacts> = {}): CalendarFacts {
  return { today, campaigns, goalsOf: () => [], events: [], focus: [], ...extra };
}

const codes = (subject: Campaign, context: CalendarFacts) => campaignWarnings(subject, context).map((warning) => warning.code);

describe("calendar dates", () => {
  it("prep windows cross month, leap-year and year boundaries by calendar days", () => {
    expect(prepStartDate({ launchDate: "2026-03-10", prepDays: 14 })).toBe("2026-02-24");
    expect(prepStartDate({ launchDate: "2028-03-10", prepDays: 14 })).toBe("2028-02-25");
    expect(prepStartDate({ launchDate: "2027-01-05", prepDays: 14 })).toBe("2026-12-22");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(quarterOf("2026-12-31")).toBe("2026-Q4");
    expect(quarterOf("2027-01-01")).toBe("2027-Q1");
  });

  it("a prep window spanning a daylight-saving change still has its number of days", () => {
    // Europe moves its clocks on 2026-03-29 and 2026-10-25; the US on 2026-03-08 and 2026-11-01.
    expect(prepStartDate({ launchDate: "2026-04-05", prepDays: 14 })).toBe("2026-03-22");
    expect(prepStartDate({ launchDate: "2026-11-08", prepDays: 14 })).toBe("2026-10-25");
  });

  it("today is the organisation's date at the instant, daylight saving included", () => {
    const instant = new Date("2026-03-01T23:30:00Z");
    expect(dateIn("Europe/Berlin", instant)).toBe("2026-03-02");
    expect(dateIn("America/Los_Angeles", instant)).toBe("2026-03-01");
    // 04:30Z on 1 Nov 2026 is still daylight time in New York (00:30 EDT); a fixed -5h offset would say 31 Oct.
    expect(dateIn("America/New_York", new Date("2026-11-01T04:30:00Z"))).toBe("2026-11-01");
    expect(dateIn("America/New_York", new Date("2026-11-01T03:30:00Z"))).toBe("2026-10-31");
    // Berlin switches to summer time at 01:00Z on 29 March: 23:30Z the day before is already the 29th there.
    expect(dateIn("Europe/Berlin", new Date("2026-03-28T23:30:00Z"))).toBe("2026-03-29");
  });
});

describe("ENABLEMENT_NOT_READY", () => {
  const spring = campaign({ launchDate: "2026-03-16" }); // prep from 2026-03-02

  it("depends on the organisation's time zone at the same instant", () => {
    const instant = new Date("2026-03-01T23:30:00Z");
    expect(codes(spring, facts(dateIn("Europe/Berlin", instant), [spring]))).toEqual([CampaignWarningCode.ENABLEMENT_NOT_READY]);
    expect(codes(spring, facts(dateIn("America/Los_Angeles", instant), [spring]))).toEqual([]);
  });

  it("across a year boundary: Tokyo has entered the prep window, New York has not yet", () => {
    const newYear = campaign({ launchDate: "2027-01-05" }); // prep from 2026-12-22
    const instant = new Date("2026-12-22T00:30:00Z");
    expect(isInPrepWindow(newYear, dateIn("Asia/Tokyo", instant))).toBe(true);
    expect(isInPrepWindow(newYear, dateIn("America/New_York", instant))).toBe(false);
  });

  it("on the night the clocks go back in New York", () => {
    const november = campaign({ launchDate: "2026-11-15" }); // prep from 2026-11-01
    expect(codes(november, facts(dateIn("America/New_York", new Date("2026-11-01T04:30:00Z")), [november]))).toContain(CampaignWarningCode.ENABLEMENT_NOT_READY);
    expect(codes(november, facts(dateIn("America/New_York", new Date("2026-11-01T03:30:00Z")), [november]))).toEqual([]);
  });

  it("holds from the first prep day through launch day, and not once enablement is complete", () => {
    expect(isInPrepWindow(spring, "2026-03-01")).toBe(false);
    expect(isInPrepWindow(spring, "2026-03-02")).toBe(true);
    expect(isInPrepWindow(spring, "2026-03-16")).toBe(true);
    expect(isInPrepWindow(spring, "2026-03-17")).toBe(false);
    const ready = campaign({ launchDate: "2026-03-16", talkTrackReady: true, objectionHandlingReady: true, competitivePositioningReady: true, leadListReady: true });
    expect(codes(ready, facts("2026-03-10", [ready]))).toEqual([]);
  });
});

describe("the other warnings", () => {
  const today = "2026-01-01";

  it("a launch inside a blackout of its region or of every region, not of another region", () => {
    const launch = campaign({ launchDate: "2026-03-31" });
    const blackout = (region: string | null): SalesEvent =>
      ({ id: "b", planId: "p", kind: SalesEventKind.BLACKOUT, name: "Q1 close", startDate: "2026-03-25", endDate: "2026-04-02", region });
    expect(codes(launch, facts(today, [launch], { events: [blackout(null)] }))).toEqual([CampaignWarningCode.LAUNCH_IN_BLACKOUT]);
    expect(codes(launch, facts(today, [launch], { events: [blackout("EMEA")] }))).toEqual([CampaignWarningCode.LAUNCH_IN_BLACKOUT]);
    expect(codes(launch, facts(today, [launch], { events: [blackout("APAC")] }))).toEqual([]);
  });

  it("two campaigns overlapping in one region, across a month boundary; other regions do not count", () => {
    const first = campaign({ name: "first", launchDate: "2026-04-28", endDate: "2026-05-03" });
    const second = campaign({ name: "second", launchDate: "2026-05-03" });
    const elsewhere = campaign({ name: "elsewhere", launchDate: "2026-05-01", region: "APAC" });
    const all = [first, second, elsewhere];
    expect(codes(second, facts(today, all))).toEqual([CampaignWarningCode.OVERLAPPING_LAUNCH]);
    expect(codes(elsewhere, facts(today, all))).toEqual([]);
    const after = campaign({ name: "after", launchDate: "2026-05-04" });
    expect(codes(after, facts(today, [first, after]))).toEqual([]);
  });

  it("goals without acceptance, and a product focus outside the quarter's sales focus", () => {
    const launch = campaign({ launchDate: "2026-10-01", productFocus: "Analytics" });
    const goal = (status: CampaignGoalStatus) => ({ status }) as CampaignGoal;
    const focus = [{ planId: "p", quarter: "2026-Q4", products: ["Payments", "analytics "] }];
    expect(codes(launch, facts(today, [launch], { goalsOf: () => [goal(CampaignGoalStatus.ACCEPTED)], focus }))).toEqual([]);
    expect(codes(launch, facts(today, [launch], { goalsOf: () => [goal(CampaignGoalStatus.ACCEPTED), goal(CampaignGoalStatus.QUESTIONED)] }))).toEqual([
      CampaignWarningCode.GOALS_NOT_ACCEPTED,
    ]);
    const q3 = campaign({ launchDate: "2026-09-30", productFocus: "Analytics" });
    expect(codes(q3, facts(today, [q3], { focus: [{ planId: "p", quarter: "2026-Q3", products: ["Payments"] }] }))).toEqual([CampaignWarningCode.FOCUS_MISMATCH]);
  });
});
