import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireUser, type Context } from "../../graphql/context";
import { publicOrigin } from "../../http/public-url";
import { setSessionCookie } from "../auth/session-cookie";
import { User } from "../users/user.entity";
import { Invitation } from "./invitation.entity";
import { invitationStatus, InvitationStatus } from "./invitation.service";
import { AcceptInviteInput, AcceptInvitePayload, InvitationPreview, InviteUserInput, InviteUserPayload } from "./invitation.types";

@Resolver(() => Invitation)
export class InvitationResolver {
  @Query(() => [Invitation], { description: "My organisation's invitations, newest first (admins)" })
  invitations(@Ctx() context: Context): Promise<Invitation[]> {
    return context.services.invitations.list(requireUser(context));
  }

  @Query(() => InvitationPreview, { nullable: true, description: "What an invitation link offers; null when the link cannot be used" })
  invitation(@Arg("token") token: string, @Ctx() context: Context): Promise<InvitationPreview | null> {
    return context.services.invitations.preview(token);
  }

  @Mutation(() => InviteUserPayload, { description: "Invites a person by link (mailed when SMTP is set up), optionally into plans" })
  inviteUser(@Arg("input") input: InviteUserInput, @Ctx() context: Context): Promise<InviteUserPayload> {
    return context.services.invitations.invite(requireUser(context), input, publicOrigin(context.services.env, context.req));
  }

  @Mutation(() => InviteUserPayload, { description: "A new link for a pending or expired invitation; the old link stops working" })
  resendInvitation(@Arg("invitationId", () => ID) invitationId: string, @Ctx() context: Context): Promise<InviteUserPayload> {
    return context.services.invitations.resend(requireUser(context), invitationId, publicOrigin(context.services.env, context.req));
  }

  @Mutation(() => Invitation, { description: "Withdraws an invitation: its link stops working" })
  revokeInvitation(@Arg("invitationId", () => ID) invitationId: string, @Ctx() context: Context): Promise<Invitation> {
    return context.services.invitations.revoke(requireUser(context), invitationId);
  }

  @Mutation(() => AcceptInvitePayload, { description: "Creates my account from an invitation link and signs me in" })
  async acceptInvite(@Arg("input") input: AcceptInviteInput, @Ctx() context: Context): Promise<AcceptInvitePayload> {
    const { user, planIds, ...session } = await context.services.invitations.accept(input.token, input.name, input.password, context.sessionId);
    setSessionCookie(context, session);
    return { user, planIds };
  }

  @FieldResolver(() => InvitationStatus)
  status(@Root() invitation: Invitation): InvitationStatus {
    return invitationStatus(invitation);
  }

  @FieldResolver(() => User, { nullable: true, description: "The admin who sent it" })
  invitedBy(@Root() invitation: Invitation, @Ctx() context: Context): Promise<User | null> {
    return context.loaders.user.load(invitation.invitedById);
  }
}
