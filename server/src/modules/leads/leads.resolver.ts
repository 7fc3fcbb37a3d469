import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireUser, type Context } from "../../graphql/context";
import { Plan } from "../plans/plan.entity";
import { User } from "../users/user.entity";
import { LeadCriterion } from "./lead-criterion.entity";
import { LeadDefinitionStatus } from "./lead-enums";
import { LeadRubric } from "./lead-rubric.entity";
import { statusOf } from "./leads.service";
import { FieldAcknowledgement, GradeLeadInput, LeadGrading, SaveLeadDefinitionInput } from "./leads.types";

@Resolver(() => LeadRubric)
export class LeadDefinitionResolver {
  @Mutation(() => LeadRubric, { description: "Saves the whole rubric; a change after publishing makes acknowledgements stale" })
  saveLeadDefinition(@Arg("input") input: SaveLeadDefinitionInput, @Ctx() context: Context): Promise<LeadRubric> {
    return context.services.leads.save(requireUser(context), input);
  }

  @Mutation(() => LeadRubric, { description: "Publishes the current revision to the field and notifies every field member" })
  publishLeadDefinition(@Arg("planId", () => ID) planId: string, @Ctx() context: Context): Promise<LeadRubric> {
    return context.services.leads.publish(requireUser(context), planId);
  }

  @Mutation(() => LeadRubric, { description: "A sales director co-signs the published revision" })
  cosignLeadDefinition(@Arg("planId", () => ID) planId: string, @Ctx() context: Context): Promise<LeadRubric> {
    return context.services.leads.cosign(requireUser(context), planId);
  }

  @Mutation(() => LeadRubric, { description: "A field rep acknowledges the published revision" })
  acknowledgeLeadDefinition(@Arg("planId", () => ID) planId: string, @Ctx() context: Context): Promise<LeadRubric> {
    return context.services.leads.acknowledge(requireUser(context), planId);
  }

  @Query(() => LeadGrading, { description: "Scores and grades a lead against the plan's current rubric" })
  gradeLead(@Arg("input") input: GradeLeadInput, @Ctx() context: Context): Promise<LeadGrading> {
    return grade(input, context);
  }

  @Mutation(() => LeadGrading, { name: "gradeLead", description: "The same as the query, for clients that send it as a mutation; changes nothing" })
  gradeLeadMutation(@Arg("input") input: GradeLeadInput, @Ctx() context: Context): Promise<LeadGrading> {
    return grade(input, context);
  }

  @FieldResolver(() => ID)
  planId(@Root() rubric: LeadRubric): string {
    return rubric.planId;
  }

  @FieldResolver(() => LeadDefinitionStatus)
  status(@Root() rubric: LeadRubric): LeadDefinitionStatus {
    return statusOf(rubric);
  }

  @FieldResolver(() => [LeadCriterion])
  criteria(@Root() rubric: LeadRubric, @Ctx() context: Context): Promise<LeadCriterion[]> {
    return context.services.leads.criteria(rubric.planId);
  }

  @FieldResolver(() => User, { nullable: true })
  publishedBy(@Root() rubric: LeadRubric, @Ctx() context: Context): Promise<User | null> | null {
    return rubric.publishedBy ? context.loaders.user.load(rubric.publishedBy) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  cosignedBy(@Root() rubric: LeadRubric, @Ctx() context: Context): Promise<User | null> | null {
    return rubric.cosignedBy ? context.loaders.user.load(rubric.cosignedBy) : null;
  }

  @FieldResolver({ description: "A sales director co-signed the revision that is current and published" })
  isCosigned(@Root() rubric: LeadRubric): boolean {
    return statusOf(rubric) === LeadDefinitionStatus.PUBLISHED && rubric.cosignedRevision === rubric.revision;
  }

  @FieldResolver(() => [FieldAcknowledgement], { description: "Every field member and whether they acknowledged the current rubric" })
  async fieldAcknowledgements(@Root() rubric: LeadRubric, @Ctx() context: Context): Promise<FieldAcknowledgement[]> {
    const rows = await context.services.leads.fieldAcknowledgements(rubric.planId);
    const users = await context.loaders.user.loadMany(rows.map((row) => row.userId));
    return rows.flatMap((row, index) => {
      const user = users[index];
      if (!(user instanceof User)) return [];
      return [{ user, acknowledgedRevision: row.acknowledgement?.revision ?? null, acknowledgedAt: row.acknowledgement?.acknowledgedAt ?? null, isCurrent: row.isCurrent }];
    });
  }
}

@Resolver(() => Plan)
export class PlanLeadDefinitionResolver {
  @FieldResolver(() => LeadRubric, { description: "The lead definition: rubric, thresholds, who acknowledged it" })
  leadDefinition(@Root() plan: Plan, @Ctx() context: Context): Promise<LeadRubric> {
    return context.services.leads.definition(plan.id);
  }
}

function grade(input: GradeLeadInput, context: Context): Promise<LeadGrading> {
  return context.services.leads.grade(requireUser(context), input.planId, input.attributes);
}
