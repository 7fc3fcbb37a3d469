import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { requireUser, type Context } from "../../graphql/context";
import { PlanCreation } from "../../policies/plan-creation";
import { Organization } from "../organizations/organization.entity";
import { User } from "./user.entity";
import { UpdateAccountInput } from "./user.types";

@Resolver(() => User)
export class UserResolver {
  @Query(() => [User], { description: "People in the signed-in user's organisation" })
  users(@Ctx() context: Context): Promise<User[]> {
    return context.services.users.list(requireUser(context));
  }

  @Mutation(() => User)
  deactivateUser(@Arg("userId", () => ID) userId: string, @Ctx() context: Context): Promise<User> {
    return context.services.users.setActive(requireUser(context), userId, false);
  }

  @Mutation(() => User)
  reactivateUser(@Arg("userId", () => ID) userId: string, @Ctx() context: Context): Promise<User> {
    return context.services.users.setActive(requireUser(context), userId, true);
  }

  @Mutation(() => User, { description: "Changes my own name and job title" })
  updateAccount(@Arg("input") input: UpdateAccountInput, @Ctx() context: Context): Promise<User> {
    return context.services.users.updateProfile(requireUser(context), input);
  }

  @Mutation(() => Organization, { description: "Who may start plans in my organisation (admins)" })
  setPlanCreation(@Arg("planCreation", () => PlanCreation) planCreation: PlanCreation, @Ctx() context: Context): Promise<Organization> {
    return context.services.users.setPlanCreation(requireUser(context), planCreation);
  }

  @Mutation(() => User, { description: "Names (or un-names) a person who may start plans when the organisation limits it to named people (admins)" })
  setPlanCreator(
    @Arg("userId", () => ID) userId: string,
    @Arg("isPlanCreator") isPlanCreator: boolean,
    @Ctx() context: Context,
  ): Promise<User> {
    return context.services.users.setPlanCreator(requireUser(context), userId, isPlanCreator);
  }
}
