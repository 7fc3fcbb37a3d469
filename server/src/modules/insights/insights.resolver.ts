import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireUser, type Context } from "../../graphql/context";
import { Plan } from "../plans/plan.entity";
import { User } from "../users/user.entity";
import { FieldInsight } from "./insight.entity";
import { AnswerPollInput, CreatePollInput, InsightFilterInput, LinkInsightInput, LogInsightInput, PollView, SectionInsight } from "./insights.types";

@Resolver(() => FieldInsight)
export class InsightResolver {
  @Query(() => [FieldInsight], { description: "What the field logged, newest first, narrowed by tags" })
  fieldInsights(@Arg("filter", () => InsightFilterInput, { nullable: true }) filter: InsightFilterInput | null, @Ctx() context: Context): Promise<FieldInsight[]> {
    return context.services.insights.list(requireUser(context), filter ?? {});
  }

  @Mutation(() => FieldInsight, { description: "Logs a pain point, competitor move, micro-trend or buying-group role seen in the field" })
  logInsight(@Arg("input") input: LogInsightInput, @Ctx() context: Context): Promise<FieldInsight> {
    return context.services.insights.log(requireUser(context), input);
  }

  @Mutation(() => FieldInsight, { description: "Links an insight to a section of a plan (marketing)" })
  linkInsight(@Arg("input") input: LinkInsightInput, @Ctx() context: Context): Promise<FieldInsight> {
    return context.services.insights.link(requireUser(context), input);
  }

  @Mutation(() => FieldInsight)
  unlinkInsight(@Arg("input") input: LinkInsightInput, @Ctx() context: Context): Promise<FieldInsight> {
    return context.services.insights.link(requireUser(context), input, false);
  }

  @Mutation(() => PollView, { description: "Puts a quick question to the plan's field (the owner)" })
  createPoll(@Arg("input") input: CreatePollInput, @Ctx() context: Context): Promise<PollView> {
    return context.services.insights.createPoll(requireUser(context), input);
  }

  @Mutation(() => PollView, { description: "Answers a poll (or changes my answer)" })
  answerPoll(@Arg("input") input: AnswerPollInput, @Ctx() context: Context): Promise<PollView> {
    return context.services.insights.answer(requireUser(context), input.pollId, input.optionIndex);
  }

  @FieldResolver(() => User)
  async author(@Root() insight: FieldInsight, @Ctx() context: Context): Promise<User> {
    return (await context.loaders.user.load(insight.authorId))!;
  }
}

@Resolver(() => Plan)
export class PlanInsightsResolver {
  @FieldResolver(() => [SectionInsight], { description: "Field insights linked to the plan's sections" })
  sectionInsights(@Root() plan: Plan, @Ctx() context: Context): Promise<SectionInsight[]> {
    return context.services.insights.linkedToPlan(requireUser(context), plan.id);
  }

  @FieldResolver(() => [PollView], { description: "Quick polls to the field, newest first" })
  polls(@Root() plan: Plan, @Ctx() context: Context): Promise<PollView[]> {
    return context.services.insights.polls(requireUser(context), plan.id);
  }
}
