import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Organization } from "../organizations/organization.entity";
import { User } from "../users/user.entity";
import { setSessionCookie } from "./session-cookie";
import { SESSION_COOKIE } from "./session.service";
import { LoginInput, LoginPayload, Me } from "./auth.types";

@Resolver(() => User)
export class AuthResolver {
  @Query(() => Me, { nullable: true, description: "The signed-in user, or null" })
  me(@Ctx() context: Context): User | null {
    return context.user;
  }

  @Mutation(() => LoginPayload, { description: "Signs in and sets the HttpOnly session cookie" })
  async login(@Arg("input") input: LoginInput, @Ctx() context: Context): Promise<LoginPayload> {
    const { user, token, expiresAt } = await context.services.auth.login(
      input.email,
      input.password,
      context.req?.ip ?? "unknown",
      context.sessionId,
    );
    setSessionCookie(context, { token, expiresAt });
    return { user };
  }

  @Mutation(() => Boolean, { description: "Ends this browser's session" })
  async logout(@Ctx() context: Context): Promise<boolean> {
    await context.services.auth.logout(context.sessionId);
    context.res?.clearCookie(SESSION_COOKIE, { path: "/" });
    return true;
  }

  @FieldResolver(() => Organization)
  async organization(@Root() user: User, @Ctx() context: Context): Promise<Organization> {
    return (await context.loaders.organization.load(user.organizationId))!;
  }
}
