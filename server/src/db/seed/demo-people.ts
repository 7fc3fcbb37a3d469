/** The demo organisation's people (README lists the logins). One password for all: planbridge-demo. */
import { PlanRole } from "../../policies/plan-role";

export const DEMO_PASSWORD = "planbridge-demo";
export const DEMO_ORGANIZATION = "Acme Analytics";
export const DEMO_PLAN_TITLE = "FY27 Growth Plan: Mid-Market";

export interface DemoPerson {
  email: string;
  name: string;
  jobTitle: string;
  isAdmin?: boolean;
  /** May start plans (the demo organisation limits that to admins and named marketing people). */
  isPlanCreator?: boolean;
  role: PlanRole;
  /** Council members own the review of one tactic each. */
  reviews?: string;
  /** Their council seat: a region, or the CRM / sales-ops group. */
  council?: { kind: "REGION" | "SALES_OPS"; region: string };
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { email: "maya@acme.test", name: "Maya Okafor", jobTitle: "Marketing manager", isAdmin: true, role: PlanRole.OWNER },
  { email: "leo@acme.test", name: "Leo Fischer", jobTitle: "Product marketing", isPlanCreator: true, role: PlanRole.EDITOR },
  { email: "amara@acme.test", name: "Amara Nwosu", jobTitle: "Sales council, EMEA", role: PlanRole.EDITOR, reviews: "tactic-partner-webinars", council: { kind: "REGION", region: "EMEA" } },
  { email: "kenji@acme.test", name: "Kenji Tanaka", jobTitle: "Sales council, APAC", role: PlanRole.COMMENTER, reviews: "tactic-abm-email", council: { kind: "REGION", region: "APAC" } },
  { email: "sofia@acme.test", name: "Sofia Alvarez", jobTitle: "Sales council, LATAM", role: PlanRole.COMMENTER, reviews: "tactic-field-events", council: { kind: "REGION", region: "LATAM" } },
  { email: "james@acme.test", name: "James Whitfield", jobTitle: "Sales council, North America East", role: PlanRole.COMMENTER, reviews: "tactic-customer-advocacy", council: { kind: "REGION", region: "North America East" } },
  { email: "priya@acme.test", name: "Priya Raman", jobTitle: "Sales council, North America West", role: PlanRole.COMMENTER, reviews: "tactic-paid-search", council: { kind: "REGION", region: "North America West" } },
  { email: "omar@acme.test", name: "Omar Haddad", jobTitle: "Sales council, CRM & sales ops", role: PlanRole.EDITOR, reviews: "tactic-lead-routing", council: { kind: "SALES_OPS", region: "CRM / sales ops" } },
  { email: "rita@acme.test", name: "Rita Gomez", jobTitle: "Field sales rep, Texas", role: PlanRole.COMMENTER },
  { email: "tom@acme.test", name: "Tom Becker", jobTitle: "Field sales rep, DACH", role: PlanRole.COMMENTER },
  { email: "dan@acme.test", name: "Dan Morales", jobTitle: "Sales director", role: PlanRole.APPROVER },
];
