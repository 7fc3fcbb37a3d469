/** The sample plan's content: what a mid-market SaaS marketing team would actually write. */
import { SectionKind, type PlanTemplate } from "@planbridge/plan-schema";

export function demoPlanTemplate(reviewerOf: (sectionId: string) => string | null): PlanTemplate {
  const tactic = (id: string, title: string, content: PlanTemplate["sections"][number]["content"]) => ({
    id,
    kind: SectionKind.TACTIC,
    title,
    reviewerId: reviewerOf(id),
    content,
  });
  return {
    sections: [
      {
        id: "summary",
        kind: SectionKind.SUMMARY,
        title: "Summary",
        content: [
          "FY27 grows mid-market new ARR by 35% by winning operations-led buyers at companies of 200 to 2,000 employees, with sales and marketing working from one pipeline target.",
          "Marketing owns sourced pipeline of $18M; sales owns conversion. Every tactic below has a council reviewer from the region that has to live with it.",
        ],
      },
      {
        id: "product-mix",
        kind: SectionKind.PRODUCT_MIX,
        title: "Product mix",
        content: [
          { type: "bulletList", items: ["Insights Cloud (core platform): 70% of new ARR", "Forecast add-on: attach to 40% of new deals", "Data Connectors bundle: lead offer for RevOps buyers"] },
        ],
      },
      {
        id: "segment-priorities",
        kind: SectionKind.SEGMENT_PRIORITIES,
        title: "Segment priorities",
        content: [
          { type: "orderedList", items: ["Manufacturing, 500 to 2,000 employees (highest win rate, 31%)", "Logistics and 3PL providers", "Regional healthcare networks (pilot in North America West only)"] },
        ],
      },
      {
        id: "competitive-threats",
        kind: SectionKind.COMPETITIVE_THREATS,
        title: "Competitive threats",
        content: [
          "Northwind BI discounts 30% in the last week of each quarter; we answer with total cost over three years, not price.",
          "Spreadsheet-plus-consultant remains our biggest competitor in LATAM and APAC.",
        ],
      },
      {
        id: "value-proposition",
        kind: SectionKind.VALUE_PROPOSITION,
        title: "Value proposition",
        content: ["Operations leaders see tomorrow's bottleneck today: live plant and fleet data in one forecast, set up in two weeks without a data team."],
      },
      {
        id: "positioning",
        kind: SectionKind.POSITIONING,
        title: "Positioning",
        content: [
          { type: "heading", level: 3, text: "For operations leaders who are judged on on-time delivery" },
          "Acme Insights is the forecasting platform that connects to the systems you already run. Unlike general BI tools, it ships with operations models that work in week one.",
        ],
      },
      tactic("tactic-partner-webinars", "Tactic: Partner webinars", [
        "Monthly webinars with two SI partners per region; partners bring half the audience. Sales gets the attendee list within 24 hours.",
      ]),
      tactic("tactic-abm-email", "Tactic: Account-based email", [
        "Three-touch sequences to the top 300 named accounts per region, written with the account owner, paused when an opportunity opens.",
      ]),
      tactic("tactic-field-events", "Tactic: Trade shows and field events", [
        "Two flagship trade shows plus six executive dinners; each rep books at least three meetings before the event.",
      ]),
      tactic("tactic-customer-advocacy", "Tactic: Customer advocacy", [
        "Ten referenceable customers per region on video; reps can request a reference call within two business days.",
      ]),
      tactic("tactic-paid-search", "Tactic: Paid search and review sites", [
        "Shift 20% of paid budget from generic BI keywords to operations-forecasting terms and review-site placements.",
      ]),
      tactic("tactic-lead-routing", "Tactic: Lead routing and SLAs", [
        "A leads reach the territory rep within 5 minutes; reps accept or recycle within one business day, tracked in the CRM.",
      ]),
      {
        id: "lead-scoring",
        kind: SectionKind.LEAD_SCORING,
        title: "Lead-scoring criteria",
        content: [
          { type: "bulletList", items: ["A lead: ICP company, director or above in operations, and a pricing-page visit or demo request in the last 14 days", "B lead: ICP company and two engagements in 30 days, no buying signal yet", "Everything else nurtures until it earns a score of 60"] },
        ],
      },
      {
        id: "campaign-calendar",
        kind: SectionKind.CAMPAIGN_CALENDAR,
        title: "Campaign calendar",
        content: [
          "Each launch has a two-week sales-prep window: talk track, battlecard and a 30-minute enablement call before the first email goes out.",
          { type: "bulletList", items: ["Q1: Forecast add-on launch (prep from January 6)", "Q2: Manufacturing summit season", "Q3: Connectors bundle promotion", "Q4: Renewal and expansion push"] },
        ],
      },
      {
        id: "campaign-goals",
        kind: SectionKind.CAMPAIGN_GOALS,
        title: "Campaign goals agreed with sales",
        content: [{ type: "bulletList", items: ["$18M marketing-sourced pipeline", "1,400 sales-accepted leads", "A-lead acceptance rate of 85% or better"] }],
      },
      {
        id: "feedback-cadence",
        kind: SectionKind.FEEDBACK_CADENCE,
        title: "Feedback cadence",
        content: [
          "Every other Thursday: 45 minutes with the council. Agenda: lead quality by region, stalled tactics, one field story, decisions needed.",
        ],
      },
    ],
  };
}
