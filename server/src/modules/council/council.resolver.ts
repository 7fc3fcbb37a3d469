import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireUser, type Context } from "../../graphql/context";
import { publicOrigin } from "../../http/public-url";
import { Plan } from "../plans/plan.entity";
import { User } from "../users/user.entity";
import type { CouncilDigest } from "./council-digest.service";
import { CouncilMember } from "./council-member.entity";
import type { PlanCouncilSeat } from "./council.service";
import {
  CouncilDigestView,
  PlanCouncilSeatView,
  RecordStrategySessionInput,
  SetCouncilMemberAwayInput,
  SetCouncilMemberInput,
} from "./council.types";
import { StrategySession } from "./strategy-session.entity";

function digestView(digest: CouncilDigest): CouncilDigestView {
  const { period, ...rest } = digest;
  return { ...rest, periodKey: period.key, periodStart: period.from, periodEnd: period.to };
}

@Resolver(() => CouncilMember)
export class CouncilResolver {
  @Query(() => [CouncilMember], { description: "My organisation's sales advisory council" })
  councilRoster(@Ctx() context: Context): Promise<CouncilMember[]> {
    return context.services.council.roster(requireUser(context));
  }

  @Mutation(() => CouncilMember, { description: "Seats a colleague on the council or changes their seat and term (admins)" })
  setCouncilMember(@Arg("input") input: SetCouncilMemberInput, @Ctx() context: Context): Promise<CouncilMember> {
    return context.services.council.setMember(requireUser(context), input);
  }

  @Mutation(() => CouncilMember, { description: "Marks a member away (the rotation skips them); admins, or members for themselves" })
  setCouncilMemberAway(@Arg("input") input: SetCouncilMemberAwayInput, @Ctx() context: Context): Promise<CouncilMember> {
    return context.services.council.setAway(requireUser(context), input.memberId, input.awayUntil ?? null);
  }

  @Mutation(() => Boolean)
  removeCouncilMember(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<boolean> {
    return context.services.council.removeMember(requireUser(context), id);
  }

  @Mutation(() => StrategySession)
  recordStrategySession(@Arg("input") input: RecordStrategySessionInput, @Ctx() context: Context): Promise<StrategySession> {
    return context.services.council.recordStrategySession(requireUser(context), input);
  }

  @Query(() => CouncilDigestView, { description: "The council digest of the current two-week period, so far" })
  async councilDigest(@Arg("planId", () => ID) planId: string, @Ctx() context: Context): Promise<CouncilDigestView> {
    return digestView(await context.services.councilDigests.current(requireUser(context), planId));
  }

  @Mutation(() => CouncilDigestView, { description: "Mails the current period's digest to every member now (once per period)" })
  async sendCouncilDigest(@Arg("planId", () => ID) planId: string, @Ctx() context: Context): Promise<CouncilDigestView> {
    const origin = publicOrigin(context.services.env, context.req);
    return digestView(await context.services.councilDigests.sendNow(requireUser(context), planId, origin));
  }

  @FieldResolver(() => User)
  async user(@Root() member: CouncilMember, @Ctx() context: Context): Promise<User> {
    return (await context.loaders.user.load(member.userId))!;
  }
}

@Resolver(() => Plan)
export class PlanCouncilResolver {
  @FieldResolver(() => [PlanCouncilSeatView], { description: "The seated council and the tactic each member reviews here" })
  council(@Root() plan: Plan, @Ctx() context: Context): Promise<PlanCouncilSeat[]> {
    return context.services.council.planCouncil(requireUser(context), plan.id);
  }

  @FieldResolver(() => [StrategySession])
  strategySessions(@Root() plan: Plan, @Ctx() context: Context): Promise<StrategySession[]> {
    return context.services.council.strategySessions(requireUser(context), plan.id);
  }
}
