import { registerEnumType } from "type-graphql";

/** FIT: who the company or contact is; ENGAGEMENT: what they did. */
export enum LeadCriterionKind {
  FIT = "FIT",
  ENGAGEMENT = "ENGAGEMENT",
}

/** How a criterion reads the lead's attribute. */
export enum LeadCriterionOperator {
  /** The attribute equals one of the values (case-insensitive). */
  EQUALS_ANY = "EQUALS_ANY",
  /** A number at least the first value. */
  AT_LEAST = "AT_LEAST",
  /** A number at most the first value. */
  AT_MOST = "AT_MOST",
  /** An action the lead took: true, "yes", "true" or "1". */
  IS_TRUE = "IS_TRUE",
}

export enum LeadGrade {
  A = "A",
  B = "B",
  C = "C",
  NOT_A_LEAD = "NOT_A_LEAD",
}

/** DRAFT: never published; PUBLISHED: the field sees what is current; CHANGED: edited since publishing. */
export enum LeadDefinitionStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
  CHANGED = "CHANGED",
}

registerEnumType(LeadCriterionKind, { name: "LeadCriterionKind" });
registerEnumType(LeadCriterionOperator, { name: "LeadCriterionOperator" });
registerEnumType(LeadGrade, { name: "LeadGrade" });
registerEnumType(LeadDefinitionStatus, { name: "LeadDefinitionStatus" });
