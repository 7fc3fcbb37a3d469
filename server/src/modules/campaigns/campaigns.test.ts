import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAMPAIGN_OPS } from "../../test-support/alignment-world";
import { createSignoffWorld, ok, type SignoffWorld } from "../../test-support/signoff-world";
import { addDays, dateIn } from "./calendar-dates";

let world: SignoffWorld;
let planId: string;
beforeAll(async () => {
  world = await createSignoffWorld();
  planId = world.plan.id;
});
afterAll(() => world.server.close());

const today = () => dateIn("UTC", new Date());
const create = async (input: Record<string, unknown>) => (await ok(world.as.editor, CAMPAIGN_OPS.create, { input: { planId, ...input } })).createCampaign;

describe("campaign calendar", () => {
  it("createCampaign answers the contract: a prep window that has started without enablement warns ENABLEMENT_NOT_READY", async () => {
    const soon = await create({ name: "Partner webinar", region: "EMEA", channel: "Webinar", launchDate: addDays(today(), 7) });
    expect(soon).toEqual({ id: expect.any(String), warnings: [{ code: "ENABLEMENT_NOT_READY" }] });
    const later = await create({ name: "Autumn roadshow", region: "APAC", channel: "Field event", launchDate: addDays(today(), 60), prepDays: 30 });
    expect(later.warnings).toEqual([]);

    const ready = (
      await ok(world.as.owner, CAMPAIGN_OPS.update, {
        input: { campaignId: soon.id, talkTrackReady: true, objectionHandlingReady: true, competitivePositioningReady: true, leadListReady: true },
      })
    ).updateCampaign;
    expect(ready).toMatchObject({ isEnablementReady: true, warnings: [], prepStartDate: addDays(today(), -7) });
  });

  it("goals need their named sales owner's acceptance; questioning needs a reason", async () => {
    const { id } = await create({ name: "Goal test", region: "LATAM", channel: "Email", launchDate: addDays(today(), 90) });
    const added = (await ok(world.as.editor, CAMPAIGN_OPS.addGoal, { input: { campaignId: id, kind: "MEETINGS", target: 40, salesOwnerId: world.users.approver.id } })).addCampaignGoal;
    expect(added.warnings).toEqual([{ code: "GOALS_NOT_ACCEPTED" }]);
    const goalId = added.goals[0].id;
    expect(await world.as.approver2.errorCode(CAMPAIGN_OPS.decideGoal, { input: { goalId, decision: "ACCEPTED" } })).toBe("FORBIDDEN");
    const questioned = await world.as.approver.request(CAMPAIGN_OPS.decideGoal, { input: { goalId, decision: "QUESTIONED" } });
    expect(questioned.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: "Say why you question the goal (note)." });
    expect((await ok(world.as.approver, CAMPAIGN_OPS.decideGoal, { input: { goalId, decision: "QUESTIONED", note: "40 meetings in LATAM is twice last year." } })).decideCampaignGoal).toMatchObject({
      status: "QUESTIONED",
    });
    await ok(world.as.approver, CAMPAIGN_OPS.decideGoal, { input: { goalId, decision: "ACCEPTED" } });
    const { plan } = await ok(world.as.viewer, CAMPAIGN_OPS.calendar, { id: planId, filter: { region: "LATAM" } });
    expect(plan.campaignCalendar.campaigns).toEqual([expect.objectContaining({ name: "Goal test", warnings: [] })]);
  });

  it("blackouts, overlaps and sales focus warn on the server; filters narrow the list, not the warnings", async () => {
    const launch = addDays(today(), 120);
    await ok(world.as.owner, CAMPAIGN_OPS.addEvent, { input: { planId, kind: "BLACKOUT", name: "Year-end close", startDate: addDays(launch, -2), endDate: addDays(launch, 2), region: "NA" } });
    const quarter = `${launch.slice(0, 4)}-Q${Math.ceil(Number(launch.slice(5, 7)) / 3)}`;
    await ok(world.as.owner, CAMPAIGN_OPS.focus, { input: { planId, quarter, products: ["Payments"] } });
    const first = await create({ name: "NA launch", region: "NA", channel: "Paid social", launchDate: launch, productFocus: "Analytics", prepDays: 0 });
    expect(first.warnings.map((w: { code: string }) => w.code).sort()).toEqual(["FOCUS_MISMATCH", "LAUNCH_IN_BLACKOUT"]);
    await create({ name: "NA follow-up", region: "NA", channel: "Email", launchDate: launch, productFocus: "Payments", prepDays: 0 });
    const { plan } = await ok(world.as.commenter, CAMPAIGN_OPS.calendar, { id: planId, filter: { region: "NA", channel: "Email" } });
    expect(plan.campaignCalendar.campaigns).toEqual([expect.objectContaining({ name: "NA follow-up", warnings: [{ code: "LAUNCH_IN_BLACKOUT" }, { code: "OVERLAPPING_LAUNCH" }] })]);
    expect(plan.campaignCalendar.regions).toEqual(["APAC", "EMEA", "LATAM", "NA"]);
    expect(plan.campaignCalendar.focus).toEqual([{ quarter, products: ["Payments"] }]);
  });

  it("reads dates in the organisation's time zone: the same instant is in a prep window in Berlin, not in Los Angeles", async () => {
    const plan = await world.server.server.services.plans.create(world.users.owner, "Time zone plan");
    const { campaigns } = world.server.server.services;
    await campaigns.create(world.users.owner, plan.id, { name: "Spring launch", region: "EMEA", channel: "Webinar", launchDate: "2026-03-16" });
    const instant = new Date("2026-03-01T23:30:00Z");
    await ok(world.as.owner, CAMPAIGN_OPS.timeZone, { timeZone: "Europe/Berlin" });
    expect((await campaigns.calendar(plan.id, {}, instant)).campaigns[0].warnings.map((w) => w.code)).toEqual(["ENABLEMENT_NOT_READY"]);
    expect((await campaigns.inPrepWindow(plan.id, instant)).map((c) => c.name)).toEqual(["Spring launch"]);
    await ok(world.as.owner, CAMPAIGN_OPS.timeZone, { timeZone: "America/Los_Angeles" });
    expect((await campaigns.calendar(plan.id, {}, instant)).campaigns[0].warnings).toEqual([]);
    expect(await campaigns.inPrepWindow(plan.id, instant)).toEqual([]);
    await ok(world.as.owner, CAMPAIGN_OPS.timeZone, { timeZone: "UTC" });
  });

  it("the iCalendar feed holds one event per launch and per prep window; a revoked address answers 404", async () => {
    const { plan } = await ok(world.as.commenter, CAMPAIGN_OPS.calendar, { id: planId });
    const url: string = plan.calendarFeedUrl;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/calendars\/[\w-]+\.ics$/);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    const names = plan.campaignCalendar.campaigns.map((campaign: { name: string }) => campaign.name);
    for (const name of names) {
      expect(events.filter((event) => event.summary === `Launch: ${name}`)).toHaveLength(1);
    }
    // Every campaign here has a prep window except the two NA ones created with prepDays 0.
    const prep = events.filter((event) => event.summary.startsWith("Sales prep: "));
    expect(prep.map((event) => event.summary.slice("Sales prep: ".length)).sort()).toEqual(names.filter((name: string) => !name.startsWith("NA ")).sort());
    const webinar = events.find((event) => event.summary === "Sales prep: Partner webinar")!;
    expect(webinar.startDate.isDate).toBe(true);
    expect(webinar.startDate.toString()).toBe(addDays(today(), -7));
    expect(webinar.endDate.toString()).toBe(addDays(today(), 7));

    const fresh = (await ok(world.as.owner, CAMPAIGN_OPS.revoke, { planId })).revokeCalendarFeed;
    expect(fresh).not.toBe(url);
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(fresh)).status).toBe(200);
    expect((await ok(world.as.viewer, CAMPAIGN_OPS.calendar, { id: planId })).plan.calendarFeedUrl).toBe(fresh);
    expect((await fetch(url.replace(/[\w-]+\.ics$/, "not-a-token.ics"))).status).toBe(404);
  });

  it("versions store the calendar and the rubric; a changed calendar shows in the diff", async () => {
    const cut = `mutation($input: CutVersionInput!) { cutVersion(input: $input) { id sections { sectionId hash } } }`;
    const v1 = (await ok(world.as.owner, cut, { input: { planId } })).cutVersion;
    expect(v1.sections.map((s: { sectionId: string }) => s.sectionId)).toEqual(expect.arrayContaining(["alignment:lead-definition", "alignment:campaign-calendar"]));
    const { content } = (await ok(world.as.owner, `query($id: ID!) { planVersion(id: $id) { content } }`, { id: v1.id })).planVersion;
    expect(content.alignment.campaignCalendar.campaigns.map((c: { name: string }) => c.name)).toContain("Partner webinar");
    await create({ name: "Diff test", region: "EMEA", channel: "Email", launchDate: addDays(today(), 200) });
    const diff = (await ok(world.as.owner, `query($id: ID!) { diffVersionWithDraft(versionId: $id) { sections { sectionId change words { kind text } } } }`, { id: v1.id }))
      .diffVersionWithDraft.sections;
    const calendar = diff.find((s: { sectionId: string }) => s.sectionId === "alignment:campaign-calendar");
    expect(calendar.change).toBe("EDITED");
    expect(calendar.words.filter((w: { kind: string }) => w.kind === "ADDED").map((w: { text: string }) => w.text).join("")).toContain("Diff test");
    expect(diff.find((s: { sectionId: string }) => s.sectionId === "alignment:lead-definition").change).toBe("UNCHANGED");
  });
});

describe("campaign calendar: who may, and bad input", () => {
  const valid = () => ({ planId, name: "Valid", region: "EMEA", channel: "Email", launchDate: "2027-02-01" });
  it("signed out, field reps, outsiders and other organisations cannot add campaigns", async () => {
    expect(await world.as.anonymous.errorCode(CAMPAIGN_OPS.create, { input: valid() })).toBe("UNAUTHENTICATED");
    expect(await world.as.commenter.errorCode(CAMPAIGN_OPS.create, { input: valid() })).toBe("FORBIDDEN");
    expect(await world.as.outsider.errorCode(CAMPAIGN_OPS.create, { input: valid() })).toBe("FORBIDDEN");
    expect(await world.as.foreigner.errorCode(CAMPAIGN_OPS.create, { input: valid() })).toBe("NOT_FOUND");
    expect(await world.as.editor.errorCode(CAMPAIGN_OPS.revoke, { planId })).toBe("FORBIDDEN");
    expect(await world.as.editor.errorCode(CAMPAIGN_OPS.timeZone, { timeZone: "Europe/Paris" })).toBe("FORBIDDEN");
  });

  it.each([
    ["a launch date that is not a date", { launchDate: "2027-02-30" }, "launchDate must be a calendar date written YYYY-MM-DD."],
    ["a launch date in another format", { launchDate: "01/02/2027" }, "Launch date must be a date written YYYY-MM-DD"],
    ["an end before launch", { endDate: "2027-01-31" }, "endDate must be on or after launchDate."],
    ["negative prep days", { prepDays: -1 }, "Prep days must be at least 0"],
    ["too many prep days", { prepDays: 181 }, "Prep days must be at most 180"],
    ["a blank name", { name: "  " }, "name must not be empty."],
    ["an empty region", { region: "" }, "Region must be 1 to 100 characters"],
  ])("createCampaign refuses %s with BAD_USER_INPUT", async (_case, change, message) => {
    const response = await world.as.owner.request(CAMPAIGN_OPS.create, { input: { ...valid(), ...change } });
    expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(response.errors)).toContain(message);
  });

  it("events, focus, goals and the time zone validate their input", async () => {
    const bad = async (query: string, variables: Record<string, unknown>, message: string) => {
      const response = await world.as.owner.request(query, variables);
      expect(response.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(response.errors)).toContain(message);
    };
    await bad(CAMPAIGN_OPS.addEvent, { input: { planId, kind: "BLACKOUT", name: "Close", startDate: "2027-03-31", endDate: "2027-03-01" } }, "endDate must be on or after startDate.");
    await bad(CAMPAIGN_OPS.focus, { input: { planId, quarter: "2027-Q5", products: ["Payments"] } }, "Quarter must look like 2027-Q1");
    await bad(CAMPAIGN_OPS.timeZone, { timeZone: "Mars/Olympus" }, "timeZone must be an IANA time zone name");
    const { id } = await create({ name: "Goal validation", region: "EMEA", channel: "Email", launchDate: "2027-06-01" });
    await bad(CAMPAIGN_OPS.addGoal, { input: { campaignId: id, kind: "LEADS", target: -5, salesOwnerId: world.users.approver.id } }, "Target must be a positive number");
    await bad(CAMPAIGN_OPS.addGoal, { input: { campaignId: id, kind: "LEADS", target: 5, salesOwnerId: world.users.outsider.id } }, "The sales owner must be a member of the plan.");
  });
});
