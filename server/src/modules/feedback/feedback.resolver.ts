import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireUser, type Context } from "../../graphql/context";
import { DateTimeScalar } from "../../graphql/date-time";
import { publicOrigin } from "../../http/public-url";
import { Plan } from "../plans/plan.entity";
import { User } from "../users/user.entity";
import { ActionItem, AgendaItem, FeedbackSession } from "./feedback.entity";
import type { FeedbackSessionDetails } from "./feedback.service";
import {
  AddActionItemInput,
  AddAgendaItemInput,
  CreateFeedbackSessionInput,
  FeedbackParticipantView,
  FeedbackSeriesView,
  RotationProposal,
  SetFeedbackSeriesInput,
  UpdateSessionNotesInput,
} from "./feedback.types";

export function originOf(context: Context): string {
  return publicOrigin(context.services.env, context.req);
}

@Resolver(() => FeedbackSession)
export class FeedbackSessionResolver {
  @Query(() => FeedbackSession)
  feedbackSession(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<FeedbackSessionDetails> {
    return context.services.feedback.session(requireUser(context), id);
  }

  @Query(() => FeedbackSeriesView)
  feedbackSeries(@Arg("planId", () => ID) planId: string, @Ctx() context: Context): Promise<FeedbackSeriesView> {
    return context.services.feedback.series(requireUser(context), planId);
  }

  @Query(() => [RotationProposal], { description: "Who the rotation would bring to a call at this time" })
  proposedRotation(
    @Arg("planId", () => ID) planId: string,
    @Arg("scheduledAt", () => DateTimeScalar) scheduledAt: Date,
    @Ctx() context: Context,
  ): Promise<RotationProposal[]> {
    return context.services.feedback.proposeManagers(requireUser(context), planId, scheduledAt);
  }

  @Mutation(() => FeedbackSeriesView)
  setFeedbackSeries(@Arg("input") input: SetFeedbackSeriesInput, @Ctx() context: Context): Promise<FeedbackSeriesView> {
    return context.services.feedback.setSeries(requireUser(context), input);
  }

  @Mutation(() => FeedbackSession, { description: "Schedules a feedback call: rotation, agenda from the plan's open items, notices and mail to its participants" })
  createFeedbackSession(@Arg("input") input: CreateFeedbackSessionInput, @Ctx() context: Context): Promise<FeedbackSessionDetails> {
    return context.services.feedback.createSession(requireUser(context), input, originOf(context));
  }

  @Mutation(() => AgendaItem)
  addAgendaItem(@Arg("input") input: AddAgendaItemInput, @Ctx() context: Context): Promise<AgendaItem> {
    return context.services.feedback.addAgendaItem(requireUser(context), input);
  }

  @Mutation(() => FeedbackSession)
  updateSessionNotes(@Arg("input") input: UpdateSessionNotesInput, @Ctx() context: Context): Promise<FeedbackSessionDetails> {
    return context.services.feedback.updateNotes(requireUser(context), input.sessionId, input.notes);
  }

  @Mutation(() => ActionItem)
  addActionItem(@Arg("input") input: AddActionItemInput, @Ctx() context: Context): Promise<ActionItem> {
    return context.services.feedback.addActionItem(requireUser(context), input);
  }

  @Mutation(() => ActionItem, { description: "Closes the item; its linked thread is resolved with a reply naming the session" })
  closeActionItem(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<ActionItem> {
    return context.services.feedback.closeActionItem(requireUser(context), id, originOf(context));
  }

  @FieldResolver(() => ID)
  planId(@Root() session: FeedbackSessionDetails): string {
    return session.planId;
  }

  @FieldResolver(() => [AgendaItem], { description: "In order; generated items first, then those added by hand" })
  agenda(@Root() session: FeedbackSessionDetails): AgendaItem[] {
    return session.agenda;
  }

  @FieldResolver(() => [ActionItem])
  actionItems(@Root() session: FeedbackSessionDetails): ActionItem[] {
    return session.actionItems;
  }

  @FieldResolver(() => [FeedbackParticipantView])
  async participants(@Root() session: FeedbackSessionDetails, @Ctx() context: Context): Promise<FeedbackParticipantView[]> {
    const users = await context.loaders.user.loadMany(session.participants.map((participant) => participant.userId));
    return session.participants.flatMap((participant, index) => {
      const user = users[index];
      return user instanceof User ? [{ userId: user.id, email: user.email, name: user.name, kind: participant.kind, region: participant.region }] : [];
    });
  }
}

@Resolver(() => ActionItem)
export class ActionItemResolver {
  @FieldResolver(() => User)
  async owner(@Root() item: ActionItem, @Ctx() context: Context): Promise<User> {
    return (await context.loaders.user.load(item.ownerId))!;
  }
}

@Resolver(() => Plan)
export class PlanFeedbackResolver {
  @FieldResolver(() => [FeedbackSession], { description: "Feedback calls, latest first" })
  feedbackSessions(@Root() plan: Plan, @Ctx() context: Context): Promise<FeedbackSessionDetails[]> {
    return context.services.feedback.sessionsOfPlan(requireUser(context), plan.id);
  }
}
