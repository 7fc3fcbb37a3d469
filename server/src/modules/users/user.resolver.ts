import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { requireUser, type Context } from "../../graphql/context";
import { User } from "./user.entity";
import { InviteUserInput, InviteUserPayload } from "./user.types";

@Resolver(() => User)
export class UserResolver {
  @Query(() => [User], { description: "People in the signed-in user's organisation" })
  users(@Ctx() context: Context): Promise<User[]> {
    return context.services.users.list(requireUser(context));
  }

  @Mutation(() => InviteUserPayload)
  inviteUser(@Arg("input") input: InviteUserInput, @Ctx() context: Context): Promise<InviteUserPayload> {
    return context.services.users.invite(requireUser(context), input);
  }

  @Mutation(() => User)
  deactivateUser(@Arg("userId", () => ID) userId: string, @Ctx() context: Context): Promise<User> {
    return context.services.users.setActive(requireUser(context), userId, false);
  }

  @Mutation(() => User)
  reactivateUser(@Arg("userId", () => ID) userId: string, @Ctx() context: Context): Promise<User> {
    return context.services.users.setActive(requireUser(context), userId, true);
  }
}
