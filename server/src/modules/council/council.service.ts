/**
 * The sales advisory council: the organisation's roster (seats by region or CRM / sales ops, terms, time
 * away), each member's tactic in a plan (the section reviewer assignment) with its review state, and the
 * twice-yearly strategy sessions whose notes point at the plan's sections.
 */
import { cleanDay, cleanText, dayOf } from "../../calendar-days";
import { BadInputError, ForbiddenError, NotFoundError } from "../../errors";
import { canInOrganization } from "../../policies/organization-policy";
import type { PlanService } from "../plans/plan.service";
import { ReviewCoverageState } from "../signoff/signoff-states";
import type { TacticReviewService } from "../signoff/tactic-review.service";
import type { User } from "../users/user.entity";
import type { UserRepository } from "../users/user.repository";
import { CouncilSeatKind, type CouncilMember } from "./council-member.entity";
import type { CouncilRepository } from "./council.repository";
import type { StrategySession } from "./strategy-session.entity";

const MAX_REGION = 80;
const MAX_NOTES = 10_000;

export interface CouncilMemberInput {
  userId: string;
  kind: CouncilSeatKind;
  region?: string | null;
  termStart: string;
  termEnd?: string | null;
}

export interface CouncilTactic {
  sectionId: string;
  title: string;
  state: ReviewCoverageState;
}

/** A council member as one plan sees them: their seat and the tactics they review there. */
export interface PlanCouncilSeat {
  member: CouncilMember;
  tactics: CouncilTactic[];
}

export const SALES_OPS_REGION = "CRM / sales ops";

/** On the council on this day: inside the term. */
export function isSeated(member: CouncilMember, day: string): boolean {
  return member.termStart <= day && (member.termEnd === null || member.termEnd >= day);
}

/** Away on this day (skipped by the rotation). */
export function isAway(member: CouncilMember, day: string): boolean {
  return member.awayUntil !== null && member.awayUntil >= day;
}

export class CouncilService {
  constructor(
    private readonly repository: CouncilRepository,
    private readonly users: UserRepository,
    private readonly plans: PlanService,
    private readonly tacticReviews: TacticReviewService,
  ) {}

  roster(user: User): Promise<CouncilMember[]> {
    if (!canInOrganization(user, "organization.listUsers", { id: user.organizationId })) throw new ForbiddenError();
    return this.repository.roster(user.organizationId);
  }

  /** Seats a colleague on the council, or changes their seat or term (organisation admins). */
  async setMember(actor: User, input: CouncilMemberInput): Promise<CouncilMember> {
    this.assertAdmin(actor);
    const person = await this.users.findInOrganization(input.userId, actor.organizationId);
    if (!person) throw new NotFoundError("User");
    const termStart = cleanDay(input.termStart, "The term's start");
    const termEnd = input.termEnd ? cleanDay(input.termEnd, "The term's end") : null;
    if (termEnd !== null && termEnd < termStart) throw new BadInputError("A term cannot end before it starts.");
    const region = input.kind === CouncilSeatKind.SALES_OPS ? SALES_OPS_REGION : cleanText(input.region ?? "", "A region", MAX_REGION);
    return this.repository.upsertMember({ organizationId: actor.organizationId, userId: person.id, kind: input.kind, region, termStart, termEnd });
  }

  /** Marks a member away up to a day (null: back); an admin, or the member for themselves. */
  async setAway(actor: User, memberId: string, awayUntil: string | null): Promise<CouncilMember> {
    const member = await this.memberInOrganization(actor, memberId);
    if (member.userId !== actor.id) this.assertAdmin(actor);
    await this.repository.setAway(member.id, awayUntil === null ? null : cleanDay(awayUntil, "Away until"));
    return (await this.repository.findMember(member.id))!;
  }

  async removeMember(actor: User, memberId: string): Promise<boolean> {
    this.assertAdmin(actor);
    const member = await this.memberInOrganization(actor, memberId);
    await this.repository.deleteMember(member.id);
    return true;
  }

  /** The seated council and the tactics each member reviews in this plan, with the review state. */
  async planCouncil(user: User, planId: string): Promise<PlanCouncilSeat[]> {
    const { plan } = await this.plans.authorize(user, planId, "plan.view");
    const [roster, coverage, sections] = await Promise.all([
      this.repository.roster(plan.organizationId),
      this.tacticReviews.coverage(user, planId),
      this.plans.sections(plan),
    ]);
    const today = dayOf(new Date());
    const stateOf = (sectionId: string) => coverage.sections.find((entry) => entry.sectionId === sectionId)?.state ?? ReviewCoverageState.WAITING;
    return roster
      .filter((member) => isSeated(member, today))
      .map((member) => ({
        member,
        tactics: sections
          .filter((section) => section.reviewerId === member.userId)
          .map((section) => ({ sectionId: section.id, title: section.title, state: stateOf(section.id) })),
      }));
  }

  async strategySessions(user: User, planId: string): Promise<StrategySession[]> {
    await this.plans.authorize(user, planId, "plan.view");
    return this.repository.strategySessions([planId]);
  }

  /** Records a strategy session's notes against the plan's sections (marketing: owners and editors). */
  async recordStrategySession(user: User, input: { planId: string; heldOn: string; notes: string; sectionIds: string[] }): Promise<StrategySession> {
    const { plan } = await this.plans.authorize(user, input.planId, "plan.runFeedback");
    const heldOn = cleanDay(input.heldOn, "The session's date");
    const notes = cleanText(input.notes, "Strategy session notes", MAX_NOTES);
    const known = new Set((await this.plans.sections(plan)).map((section) => section.id));
    const unknown = input.sectionIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new BadInputError(`These sections are not in the plan: ${unknown.slice(0, 5).join(", ")}.`);
    return this.repository.insertStrategySession({ planId: plan.id, heldOn, notes, sectionIds: [...new Set(input.sectionIds)], createdBy: user.id });
  }

  private async memberInOrganization(actor: User, memberId: string): Promise<CouncilMember> {
    const member = await this.repository.findMember(memberId);
    if (!member || member.organizationId !== actor.organizationId) throw new NotFoundError("Council member");
    return member;
  }

  private assertAdmin(actor: User): void {
    if (!canInOrganization(actor, "organization.manageUsers", { id: actor.organizationId })) throw new ForbiddenError("Only an organisation admin can change the council roster.");
  }
}
