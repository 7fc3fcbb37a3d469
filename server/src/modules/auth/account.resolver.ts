import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { requireUser, type Context } from "../../graphql/context";
import { publicOrigin } from "../../http/public-url";
import { LoginPayload } from "./auth.types";
import { ChangePasswordInput, ChangePasswordPayload, RequestPasswordResetInput, ResetPasswordInput } from "./account.types";
import { setSessionCookie } from "./session-cookie";

/** My own password: change it signed in, or reset it by a mailed link. */
@Resolver()
export class AccountResolver {
  @Mutation(() => ChangePasswordPayload, { description: "Changes my password and signs out every other browser; this one stays signed in" })
  async changePassword(@Arg("input") input: ChangePasswordInput, @Ctx() context: Context): Promise<ChangePasswordPayload> {
    const user = requireUser(context);
    const address = context.req?.ip ?? "unknown";
    const endedSessions = await context.services.accounts.changePassword(user, context.sessionId, input.currentPassword, input.newPassword, address);
    return { endedSessions };
  }

  @Mutation(() => Boolean, { description: "Mails a reset link if the address has an account; answers the same either way" })
  requestPasswordReset(@Arg("input") input: RequestPasswordResetInput, @Ctx() context: Context): boolean {
    context.services.accounts.requestReset(input.email, context.req?.ip ?? "unknown", publicOrigin(context.services.env, context.req));
    return true;
  }

  @Mutation(() => LoginPayload, { description: "Sets a new password through a reset link, signs out everywhere and signs in here" })
  async resetPassword(@Arg("input") input: ResetPasswordInput, @Ctx() context: Context): Promise<LoginPayload> {
    const { user, ...session } = await context.services.accounts.resetPassword(input.token, input.newPassword, context.sessionId);
    setSessionCookie(context, session);
    return { user };
  }
}
