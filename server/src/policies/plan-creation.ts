import { registerEnumType } from "type-graphql";

/** Who may start plans in an organisation (an admin's setting). Admins always may: they set it. */
export enum PlanCreation {
  EVERYONE = "EVERYONE",
  ADMINS = "ADMINS",
  /** Admins and the people marked as plan creators. */
  NAMED = "NAMED",
}

registerEnumType(PlanCreation, { name: "PlanCreation", description: "Who may start plans in the organisation" });
