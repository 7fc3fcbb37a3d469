import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { primePlanAccess, requireUser, type Context } from "../../graphql/context";
import { planPermissions } from "../../policies/permissions";
import { PlanRole } from "../../policies/plan-role";
import { User } from "../users/user.entity";
import { PlanMember } from "./plan-member.entity";
import { planSubject } from "./plan-subject";
import { Plan } from "./plan.entity";
import {
  AssignSectionReviewerInput,
  CreatePlanInput,
  PlanFilterInput,
  PlanPermissions,
  PlanSection,
  RenamePlanInput,
} from "./plan.types";

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => [Plan], { description: "Plans I am a member of, most recently changed first" })
  async plans(
    @Arg("filter", () => PlanFilterInput, { nullable: true }) filter: PlanFilterInput | null,
    @Ctx() context: Context,
  ): Promise<Plan[]> {
    const rows = await context.services.plans.list(requireUser(context), filter ?? {});
    for (const row of rows) primePlanAccess(context, row);
    return rows.map((row) => row.plan);
  }

  @Query(() => Plan)
  async plan(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<Plan> {
    const access = await context.services.plans.authorize(requireUser(context), id, "plan.view");
    primePlanAccess(context, access);
    return access.plan;
  }

  @Mutation(() => Plan)
  createPlan(@Arg("input") input: CreatePlanInput, @Ctx() context: Context): Promise<Plan> {
    return context.services.plans.create(requireUser(context), input.title);
  }

  @Mutation(() => Plan)
  renamePlan(@Arg("input") input: RenamePlanInput, @Ctx() context: Context): Promise<Plan> {
    return context.services.plans.rename(requireUser(context), input.planId, input.title);
  }

  @Mutation(() => Plan)
  archivePlan(@Arg("planId", () => ID) planId: string, @Ctx() context: Context): Promise<Plan> {
    return context.services.plans.setArchived(requireUser(context), planId, true);
  }

  @Mutation(() => Plan)
  unarchivePlan(@Arg("planId", () => ID) planId: string, @Ctx() context: Context): Promise<Plan> {
    return context.services.plans.setArchived(requireUser(context), planId, false);
  }

  @Mutation(() => PlanSection, { description: "Names the council member who reviews a tactic section" })
  assignSectionReviewer(@Arg("input") input: AssignSectionReviewerInput, @Ctx() context: Context): Promise<PlanSection> {
    const { planId, sectionId, userId } = input;
    return context.services.plans.assignReviewer(requireUser(context), planId, sectionId, userId ?? null);
  }

  @FieldResolver(() => PlanRole, { nullable: true, description: "My role in this plan" })
  myRole(@Root() plan: Plan, @Ctx() context: Context): Promise<PlanRole | null> {
    return context.loaders.myRole.load(plan.id);
  }

  @FieldResolver(() => PlanPermissions, { description: "What I may do with this plan (ask this rather than compare roles)" })
  async viewerCan(@Root() plan: Plan, @Ctx() context: Context): Promise<PlanPermissions> {
    const role = await context.loaders.myRole.load(plan.id);
    return planPermissions(requireUser(context), planSubject({ plan, role }));
  }

  @FieldResolver(() => User)
  async owner(@Root() plan: Plan, @Ctx() context: Context): Promise<User> {
    return (await context.loaders.user.load(plan.ownerId))!;
  }

  @FieldResolver(() => [PlanSection])
  async sections(@Root() plan: Plan, @Ctx() context: Context): Promise<PlanSection[]> {
    return context.services.plans.sections(plan, await context.loaders.sectionReviewers.load(plan.id), context.documentVersions);
  }

  @FieldResolver(() => [PlanMember])
  members(@Root() plan: Plan, @Ctx() context: Context): Promise<PlanMember[]> {
    return context.loaders.planMembers.load(plan.id);
  }
}

@Resolver(() => PlanSection)
export class PlanSectionResolver {
  @FieldResolver(() => User, { nullable: true, description: "The council member reviewing this tactic" })
  async reviewer(@Root() section: PlanSection, @Ctx() context: Context): Promise<User | null> {
    const reviewer = section.reviewerId ? await context.loaders.user.load(section.reviewerId) : null;
    return reviewer?.organizationId === section.organizationId ? reviewer : null;
  }
}
