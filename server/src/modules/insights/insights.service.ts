/**
 * Field insights: reps log what they see in the market, tagged by region, segment and product; marketing
 * links an insight to the plan section it bears on. Quick polls put one question to the plan's field,
 * with results by region (the answerer's council region, "Other" for the rest).
 */
import { cleanOptionalText, cleanText } from "../../calendar-days";
import { BadInputError, ForbiddenError, NotFoundError } from "../../errors";
import { canInOrganization } from "../../policies/organization-policy";
import type { CouncilRepository } from "../council/council.repository";
import type { PlanService } from "../plans/plan.service";
import type { User } from "../users/user.entity";
import type { FieldInsight, FieldPoll, InsightKind } from "./insight.entity";
import type { InsightsRepository } from "./insights.repository";

const MAX_BODY = 4000;
const MAX_TAG = 80;
const MAX_QUESTION = 300;
const MAX_OPTION = 120;
const OTHER_REGION = "Other";

export interface PollView extends FieldPoll {
  results: { region: string; counts: number[] }[];
  totals: number[];
  /** The caller's answer (option index), null when they have not answered. */
  myAnswer: number | null;
}

export class InsightsService {
  constructor(
    private readonly repository: InsightsRepository,
    private readonly plans: PlanService,
    private readonly council: CouncilRepository,
  ) {}

  async log(user: User, values: { kind: InsightKind; body: string; region?: string | null; segment?: string | null; product?: string | null }): Promise<FieldInsight> {
    if (!canInOrganization(user, "organization.listUsers", { id: user.organizationId })) throw new ForbiddenError();
    return this.repository.insertInsight({
      organizationId: user.organizationId,
      authorId: user.id,
      kind: values.kind,
      body: cleanText(values.body, "An insight", MAX_BODY),
      region: cleanOptionalText(values.region, "A region", MAX_TAG),
      segment: cleanOptionalText(values.segment, "A segment", MAX_TAG),
      product: cleanOptionalText(values.product, "A product", MAX_TAG),
    });
  }

  list(user: User, filter: { region?: string | null; segment?: string | null; product?: string | null; first?: number | null }): Promise<FieldInsight[]> {
    if (!canInOrganization(user, "organization.listUsers", { id: user.organizationId })) throw new ForbiddenError();
    const first = filter.first ?? 50;
    if (!Number.isInteger(first) || first < 1 || first > 200) throw new BadInputError("Ask for 1 to 200 insights.");
    return this.repository.list({ organizationId: user.organizationId, region: filter.region, segment: filter.segment, product: filter.product, first });
  }

  async link(user: User, values: { insightId: string; planId: string; sectionId: string }, isLinked = true): Promise<FieldInsight> {
    const { plan } = await this.plans.authorize(user, values.planId, "plan.linkInsight");
    const insight = await this.repository.findInsight(values.insightId);
    if (!insight || insight.organizationId !== plan.organizationId) throw new NotFoundError("Insight");
    if (!(await this.plans.sections(plan)).some((section) => section.id === values.sectionId)) throw new BadInputError("That section is not in the plan.");
    if (isLinked) await this.repository.link({ planId: plan.id, sectionId: values.sectionId, insightId: insight.id, linkedBy: user.id });
    else await this.repository.unlink(plan.id, values.sectionId, insight.id);
    return insight;
  }

  /** Every insight linked to a section of the plan, for members of the plan. */
  async linkedToPlan(user: User, planId: string) {
    await this.plans.authorize(user, planId, "plan.view");
    return this.repository.linkedToPlan(planId);
  }

  async createPoll(user: User, values: { planId: string; question: string; options: string[] }): Promise<PollView> {
    const { plan } = await this.plans.authorize(user, values.planId, "plan.createPoll");
    const question = cleanText(values.question, "A poll question", MAX_QUESTION);
    const options = values.options.map((option) => cleanText(option, "A poll option", MAX_OPTION));
    if (options.length < 2 || options.length > 6) throw new BadInputError("A poll has 2 to 6 options.");
    if (new Set(options.map((option) => option.toLowerCase())).size !== options.length) throw new BadInputError("Each poll option must differ.");
    const poll = await this.repository.insertPoll({ planId: plan.id, question, options, createdBy: user.id });
    return (await this.withResults(user, [poll]))[0];
  }

  async answer(user: User, pollId: string, optionIndex: number): Promise<PollView> {
    const poll = await this.repository.findPoll(pollId);
    if (!poll) throw new NotFoundError("Poll");
    const { plan } = await this.plans.authorize(user, poll.planId, "plan.comment");
    if (!Number.isInteger(optionIndex) || optionIndex < 0 || optionIndex >= poll.options.length) {
      throw new BadInputError(`Pick one of the poll's ${poll.options.length} options.`);
    }
    const seat = (await this.council.roster(plan.organizationId)).find((member) => member.userId === user.id);
    await this.repository.answer({ pollId: poll.id, userId: user.id, optionIndex, region: seat?.region ?? OTHER_REGION });
    return (await this.withResults(user, [poll]))[0];
  }

  async polls(user: User, planId: string): Promise<PollView[]> {
    await this.plans.authorize(user, planId, "plan.view");
    return this.withResults(user, await this.repository.pollsOfPlan(planId));
  }

  private async withResults(user: User, polls: FieldPoll[]): Promise<PollView[]> {
    const answers = await this.repository.answersOfPolls(polls.map((poll) => poll.id));
    return polls.map((poll) => {
      const own = answers.filter((answer) => answer.pollId === poll.id);
      const regions = [...new Set(own.map((answer) => answer.region))].sort();
      const count = (rows: typeof own) => poll.options.map((_, index) => rows.filter((answer) => answer.optionIndex === index).length);
      return Object.assign(poll, {
        results: regions.map((region) => ({ region, counts: count(own.filter((answer) => answer.region === region)) })),
        totals: count(own),
        myAnswer: own.find((answer) => answer.userId === user.id)?.optionIndex ?? null,
      });
    });
  }
}
