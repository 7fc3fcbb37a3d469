import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { requireUser, type Context } from "../../graphql/context";
import { User } from "../users/user.entity";
import { PlanMember } from "./plan-member.entity";
import { AddPlanMemberInput, ChangePlanMemberRoleInput, RemovePlanMemberInput } from "./plan.types";

@Resolver(() => PlanMember)
export class PlanMemberResolver {
  @Mutation(() => PlanMember)
  addPlanMember(@Arg("input") input: AddPlanMemberInput, @Ctx() context: Context): Promise<PlanMember> {
    return context.services.members.add(requireUser(context), input.planId, input.email, input.role);
  }

  @Mutation(() => PlanMember)
  changePlanMemberRole(@Arg("input") input: ChangePlanMemberRoleInput, @Ctx() context: Context): Promise<PlanMember> {
    return context.services.members.changeRole(requireUser(context), input.planId, input.userId, input.role);
  }

  @Mutation(() => Boolean)
  async removePlanMember(@Arg("input") input: RemovePlanMemberInput, @Ctx() context: Context): Promise<boolean> {
    await context.services.members.remove(requireUser(context), input.planId, input.userId);
    return true;
  }

  @FieldResolver(() => User)
  async user(@Root() member: PlanMember, @Ctx() context: Context): Promise<User> {
    return (await context.loaders.user.load(member.userId))!;
  }
}
