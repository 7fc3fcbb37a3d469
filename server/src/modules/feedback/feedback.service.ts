/**
 * Feedback calls between marketing, inside sales and a rotation of regional sales managers: the series
 * (cadence, standing participants), scheduling a call (rotation, agenda from the plan's state, notices and
 * mail in advance), notes, hand-added agenda items, and action items that resolve the thread they answer.
 */
import { cleanDay, cleanOptionalText, cleanText, dayOf } from "../../calendar-days";
import { BadInputError, ForbiddenError, NotFoundError } from "../../errors";
import type { Mailer } from "../../mail/mailer";
import { can, PlanRole } from "../../policies/plan-policy";
import { lockPlanRow } from "../audit/plan-lock.repository";
import { NotificationKind, ThreadStatus } from "../comments/comment-enums";
import type { CommentsService } from "../comments/comments.service";
import { CouncilSeatKind } from "../council/council-member.entity";
import type { CouncilRepository } from "../council/council.repository";
import { isAway, isSeated } from "../council/council.service";
import type { PlanMemberRepository } from "../plans/plan-member.repository";
import { planSubject } from "../plans/plan-subject";
import type { Plan } from "../plans/plan.entity";
import type { PlanService } from "../plans/plan.service";
import type { User } from "../users/user.entity";
import type { UserRepository } from "../users/user.repository";
import type { AgendaSource } from "./agenda-sources";
import { agendaMail } from "./feedback-mail";
import { FeedbackCadence, nextOccurrence, ParticipantKind } from "./feedback-enums";
import type { ActionItem, AgendaItem, FeedbackParticipant, FeedbackSeries, FeedbackSession } from "./feedback.entity";
import type { FeedbackRepository } from "./feedback.repository";
import { proposeRotation, type RotationAttendee } from "./rotation";

const DAY_MS = 86_400_000;
const MAX_TITLE = 300;
const MAX_DETAIL = 2000;
const MAX_NOTES = 20_000;
const MAX_STANDING = 30;
const DEFAULT_MANAGERS_PER_SESSION = 2;

export interface FeedbackSessionDetails extends FeedbackSession {
  agenda: AgendaItem[];
  participants: FeedbackParticipant[];
  actionItems: ActionItem[];
}

export interface SeriesView extends Omit<FeedbackSeries, "updatedAt"> {
  /** When the next call falls, from the latest scheduled one and the cadence; null before the first. */
  nextSessionAt: Date | null;
}

export interface CreateSessionValues {
  planId: string;
  scheduledAt: Date;
  /** Overrides the rotation: exactly these regional managers come. */
  managerIds?: string[] | null;
}

export interface ActionItemValues {
  sessionId: string;
  title: string;
  ownerId: string;
  dueOn: string;
  threadId?: string | null;
}

export class FeedbackService {
  constructor(
    private readonly repository: FeedbackRepository,
    private readonly plans: PlanService,
    private readonly members: PlanMemberRepository,
    private readonly council: CouncilRepository,
    private readonly users: UserRepository,
    private readonly comments: CommentsService,
    private readonly mailer: Mailer,
    /** The agenda's sources, in agenda order (see agenda-sources.ts for the extension point). */
    private readonly agendaSources: readonly AgendaSource[],
  ) {}

  async series(user: User, planId: string): Promise<SeriesView> {
    const { plan } = await this.plans.authorize(user, planId, "plan.view");
    const [series, sessions] = await Promise.all([this.seriesOf(plan), this.repository.sessionsOfPlans([plan.id])]);
    const latest = sessions[0]?.scheduledAt ?? null;
    return { ...series, nextSessionAt: latest ? nextOccurrence(latest, series.cadence) : null };
  }

  async setSeries(user: User, values: { planId: string; cadence: FeedbackCadence; managersPerSession: number; standingParticipantIds: string[] }): Promise<SeriesView> {
    const { plan } = await this.plans.authorize(user, values.planId, "plan.runFeedback");
    const standing = [...new Set(values.standingParticipantIds)];
    if (standing.length > MAX_STANDING) throw new BadInputError(`A call has at most ${MAX_STANDING} standing participants.`);
    const members = await this.repository.planMemberIds(plan.id, standing);
    if (members.length !== standing.length) throw new BadInputError("Standing participants must be members of the plan.");
    if (!Number.isInteger(values.managersPerSession) || values.managersPerSession < 1 || values.managersPerSession > 10) {
      throw new BadInputError("Between 1 and 10 regional managers come to each call.");
    }
    await this.repository.saveSeries({ planId: plan.id, cadence: values.cadence, managersPerSession: values.managersPerSession, standingParticipantIds: standing });
    return this.series(user, plan.id);
  }

  /** Who the rotation would bring to a call at this time (before any override). */
  async proposeManagers(user: User, planId: string, scheduledAt: Date): Promise<RotationAttendee[]> {
    const { plan } = await this.plans.authorize(user, planId, "plan.runFeedback");
    const series = await this.seriesOf(plan);
    return this.repository.transaction(async (manager) => {
      const pool = await this.rotationPool(plan, scheduledAt);
      return proposeRotation(pool, await this.repository.rotationHistory(plan.id, scheduledAt, manager), series.managersPerSession);
    });
  }

  /** Schedules a call: participants, the agenda as the plan stands now, then notices and mail to everyone on it. */
  async createSession(user: User, values: CreateSessionValues, origin: string): Promise<FeedbackSessionDetails> {
    const { plan } = await this.plans.authorize(user, values.planId, "plan.runFeedback");
    const scheduledAt = checkSchedule(values.scheduledAt);
    const series = await this.seriesOf(plan);
    const pool = await this.rotationPool(plan, scheduledAt);
    const names = await this.namesOfPlan(plan);
    const agenda = await this.buildAgenda(user, plan.id, names);
    const session = await this.repository.transaction(async (manager) => {
      // One call at a time per plan, so two calls scheduled at once see each other in the rotation history.
      await lockPlanRow(manager, plan.id);
      const history = await this.repository.rotationHistory(plan.id, scheduledAt, manager);
      const rotation = values.managerIds ? this.override(pool, values.managerIds) : proposeRotation(pool, history, series.managersPerSession);
      const created = await this.repository.insertSession({ planId: plan.id, scheduledAt, createdBy: user.id }, manager);
      const rotating = new Set(rotation.map((attendee) => attendee.userId));
      const standing = series.standingParticipantIds.filter((id) => !rotating.has(id));
      await this.repository.insertParticipants(
        [
          ...standing.map((userId) => ({ sessionId: created.id, userId, kind: ParticipantKind.STANDING, region: null })),
          ...rotation.map(({ userId, region }) => ({ sessionId: created.id, userId, kind: ParticipantKind.ROTATION, region })),
        ],
        manager,
      );
      await this.repository.insertAgendaItems(
        agenda.map((item, index) => ({ ...item, sessionId: created.id, position: index + 1, detail: item.detail ?? null })),
        manager,
      );
      return created;
    });
    const details = (await this.withDetails([session]))[0];
    await this.sendAgenda(user, plan, details, names, origin);
    return details;
  }

  async session(user: User, sessionId: string): Promise<FeedbackSessionDetails> {
    const session = await this.visibleSession(user, sessionId, "plan.view");
    return (await this.withDetails([session]))[0];
  }

  async sessionsOfPlan(user: User, planId: string): Promise<FeedbackSessionDetails[]> {
    await this.plans.authorize(user, planId, "plan.view");
    return this.withDetails(await this.repository.sessionsOfPlans([planId]));
  }

  async addAgendaItem(user: User, values: { sessionId: string; title: string; detail?: string | null }): Promise<AgendaItem> {
    const session = await this.visibleSession(user, values.sessionId, "plan.runFeedback");
    const title = cleanText(values.title, "An agenda item", MAX_TITLE);
    const detail = cleanOptionalText(values.detail, "An agenda item's detail", MAX_DETAIL);
    return this.repository.transaction(async (manager) => {
      const position = await this.repository.nextAgendaPosition(session.id, manager);
      const [item] = await this.repository.insertAgendaItems([{ sessionId: session.id, position, kind: "MANUAL" as AgendaItem["kind"], title, detail, addedBy: user.id }], manager);
      return item;
    });
  }

  async updateNotes(user: User, sessionId: string, notes: string): Promise<FeedbackSessionDetails> {
    const session = await this.visibleSession(user, sessionId, "plan.runFeedback");
    if (notes.length > MAX_NOTES) throw new BadInputError(`Notes have at most ${MAX_NOTES} characters.`);
    await this.repository.updateNotes(session.id, notes);
    return this.session(user, session.id);
  }

  async addActionItem(user: User, values: ActionItemValues): Promise<ActionItem> {
    const session = await this.visibleSession(user, values.sessionId, "plan.runFeedback");
    const title = cleanText(values.title, "An action item", MAX_TITLE);
    const dueOn = cleanDay(values.dueOn, "The due date");
    const [ownerId] = await this.repository.planMemberIds(session.planId, [values.ownerId]);
    if (!ownerId) throw new BadInputError("An action item's owner must be a member of the plan.");
    if (values.threadId) {
      const thread = await this.comments.thread(user, values.threadId);
      if (thread.planId !== session.planId) throw new BadInputError("Link a thread of this plan.");
    }
    return this.repository.insertActionItem({ sessionId: session.id, planId: session.planId, title, ownerId, dueOn, threadId: values.threadId ?? null, createdBy: user.id });
  }

  /**
   * Closes the item; a linked open thread is resolved (with the closer's right to resolve it, checked by
   * the comments service) and answered with a reply naming the session, so the thread says why it closed.
   */
  async closeActionItem(user: User, itemId: string, origin: string): Promise<ActionItem> {
    const item = await this.repository.findActionItem(itemId);
    if (!item) throw new NotFoundError("Action item");
    const access = await this.plans.authorize(user, item.planId, "plan.view");
    const subject = planSubject(access);
    const isOwner = item.ownerId === user.id && can(user, "plan.comment", subject);
    if (!can(user, "plan.runFeedback", subject) && !isOwner) throw new ForbiddenError("Only marketing or the item's owner can close it.");
    if (item.isDone) return item;
    if (item.threadId) {
      const thread = await this.comments.thread(user, item.threadId);
      if (thread.status === ThreadStatus.OPEN) {
        await this.comments.resolve(user, thread.id);
        const session = (await this.repository.findSession(item.sessionId))!;
        const reference = `Resolved in the feedback call of ${dayOf(session.scheduledAt)}: action item “${item.title}”, due ${item.dueOn}. ${origin}/plans/${item.planId}/feedback/${session.id}`;
        await this.comments.reply(user, thread.id, reference);
      }
    }
    await this.repository.closeActionItem(item.id, user.id);
    return (await this.repository.findActionItem(item.id))!;
  }

  // --- internals -----------------------------------------------------------------------------------

  private async visibleSession(user: User, sessionId: string, action: "plan.view" | "plan.runFeedback"): Promise<FeedbackSession> {
    const session = await this.repository.findSession(sessionId);
    if (!session) throw new NotFoundError("Feedback session");
    try {
      await this.plans.authorize(user, session.planId, action);
    } catch (error) {
      // Another organisation's session does not exist for this caller.
      if (error instanceof NotFoundError) throw new NotFoundError("Feedback session");
      throw error;
    }
    return session;
  }

  private async withDetails(sessions: FeedbackSession[]): Promise<FeedbackSessionDetails[]> {
    if (sessions.length === 0) return [];
    const ids = sessions.map((session) => session.id);
    const [agenda, participants, actionItems] = await Promise.all([
      this.repository.agendaOfSessions(ids),
      this.repository.participantsOfSessions(ids),
      this.repository.actionItemsOfSessions(ids),
    ]);
    return sessions.map((session) =>
      Object.assign(session, {
        agenda: agenda.filter((item) => item.sessionId === session.id),
        participants: participants.filter((participant) => participant.sessionId === session.id),
        actionItems: actionItems.filter((item) => item.sessionId === session.id),
      }),
    );
  }

  /** The stored series, or the default: bi-weekly, two managers, marketing (owners and editors off the council). */
  private async seriesOf(plan: Plan): Promise<Omit<FeedbackSeries, "updatedAt">> {
    const stored = await this.repository.findSeries(plan.id);
    if (stored) return stored;
    const [members, roster] = await Promise.all([this.members.findOfPlans([plan.id]), this.council.roster(plan.organizationId)]);
    const onCouncil = new Set(roster.map((member) => member.userId));
    const marketing = members.filter((member) => (member.role === PlanRole.OWNER || member.role === PlanRole.EDITOR) && !onCouncil.has(member.userId));
    return { planId: plan.id, cadence: FeedbackCadence.BIWEEKLY, managersPerSession: DEFAULT_MANAGERS_PER_SESSION, standingParticipantIds: marketing.map((m) => m.userId) };
  }

  /** Regional council members seated on the call's day who can read the plan (the agenda names its threads). */
  private async rotationPool(plan: Plan, at: Date) {
    const day = dayOf(at);
    const [roster, members] = await Promise.all([this.council.roster(plan.organizationId), this.members.findOfPlans([plan.id])]);
    const memberIds = new Set(members.map((member) => member.userId));
    const regional = roster.filter((member) => member.kind === CouncilSeatKind.REGION && isSeated(member, day) && memberIds.has(member.userId));
    const users = await this.users.findByIds(regional.map((member) => member.userId));
    return regional.flatMap((member) => {
      const person = users.find((candidate) => candidate.id === member.userId);
      return person?.isActive ? [{ userId: member.userId, region: member.region, sortName: person.name, isAvailable: !isAway(member, day) }] : [];
    });
  }

  private override(pool: Awaited<ReturnType<FeedbackService["rotationPool"]>>, managerIds: string[]): RotationAttendee[] {
    const unique = [...new Set(managerIds)];
    if (unique.length > 10) throw new BadInputError("At most 10 regional managers come to one call.");
    return unique.map((userId) => {
      const candidate = pool.find((entry) => entry.userId === userId);
      if (!candidate) throw new BadInputError("Only regional council members who are on the plan can be picked for a call.");
      return { userId, region: candidate.region };
    });
  }

  private async buildAgenda(viewer: User, planId: string, names: Map<string, string>) {
    const context = { planId, viewer, at: new Date(), nameOf: (id: string) => names.get(id) ?? "Someone" };
    const parts = await Promise.all(this.agendaSources.map((source) => source.collect(context)));
    return parts.flat();
  }

  private async namesOfPlan(plan: Plan): Promise<Map<string, string>> {
    const members = await this.members.findOfPlans([plan.id]);
    const users = await this.users.findByIds(members.map((member) => member.userId));
    return new Map(users.map((person) => [person.id, person.name]));
  }

  /** In-app notices and one mail to everyone on the call but its organiser. */
  private async sendAgenda(organiser: User, plan: Plan, session: FeedbackSessionDetails, names: Map<string, string>, origin: string): Promise<void> {
    const others = session.participants.map((participant) => participant.userId).filter((id) => id !== organiser.id);
    await this.comments.notify(
      others.map((userId) => ({ userId, planId: plan.id, threadId: null, feedbackSessionId: session.id, actorId: organiser.id, kind: NotificationKind.FEEDBACK_AGENDA })),
    );
    const recipients = (await this.users.findByIds(others)).filter((person) => person.isActive).map((person) => person.email);
    if (recipients.length === 0) return;
    const participantNames = session.participants.map((participant) => names.get(participant.userId) ?? "Someone");
    const link = `${origin}/plans/${plan.id}/feedback/${session.id}`;
    await this.mailer.send(agendaMail(recipients, { planTitle: plan.title, session, agenda: session.agenda, participantNames, link }));
  }
}

/** A real instant, not long past (a call just held may be recorded) and within two years. */
function checkSchedule(at: Date): Date {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) throw new BadInputError("scheduledAt is not a date.");
  const now = Date.now();
  if (at.getTime() < now - 30 * DAY_MS || at.getTime() > now + 730 * DAY_MS) {
    throw new BadInputError("Schedule the call within the next two years (or record one held in the last 30 days).");
  }
  return at;
}
