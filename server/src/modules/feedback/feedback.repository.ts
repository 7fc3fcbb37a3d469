/** Every query of feedback calls: series, sessions, participants, agenda items, action items, and the plan state agendas read. */
import { In, type DataSource, type EntityManager } from "typeorm";
import { isUuid } from "../../ids";
import { Comment } from "../comments/comment.entity";
import { CommentThread } from "../comments/comment-thread.entity";
import { ThreadStatus } from "../comments/comment-enums";
import { SignoffApproval } from "../signoff/signoff-approval.entity";
import { Signoff } from "../signoff/signoff.entity";
import { ApprovalState, SignoffStatus } from "../signoff/signoff-states";
import { TacticReview } from "../signoff/tactic-review.entity";
import { ActionItem, AgendaItem, FeedbackParticipant, FeedbackSeries, FeedbackSession } from "./feedback.entity";

export interface OpenThreadRow {
  thread: CommentThread;
  replyCount: number;
  openingBody: string;
}

export class FeedbackRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findSeries(planId: string, manager: EntityManager = this.dataSource.manager): Promise<FeedbackSeries | null> {
    return manager.findOneBy(FeedbackSeries, { planId });
  }

  async saveSeries(values: Pick<FeedbackSeries, "planId" | "cadence" | "managersPerSession" | "standingParticipantIds">): Promise<FeedbackSeries> {
    await this.dataSource.getRepository(FeedbackSeries).upsert(values, ["planId"]);
    return (await this.findSeries(values.planId))!;
  }

  findSession(id: string, manager: EntityManager = this.dataSource.manager): Promise<FeedbackSession | null> {
    return isUuid(id) ? manager.findOneBy(FeedbackSession, { id }) : Promise.resolve(null);
  }

  sessionsOfPlans(planIds: readonly string[]): Promise<FeedbackSession[]> {
    return this.dataSource.manager.find(FeedbackSession, { where: { planId: In([...planIds]) }, order: { scheduledAt: "DESC" } });
  }

  /** The rotating managers of each earlier call of the plan, oldest call first. */
  async rotationHistory(planId: string, before: Date, manager: EntityManager): Promise<{ userId: string; region: string }[][]> {
    const rows = await manager.query<{ session_id: string; user_id: string; region: string | null }[]>(
      `SELECT s.id AS session_id, p.user_id, p.region
         FROM feedback_sessions s JOIN feedback_participants p ON p.session_id = s.id AND p.kind = 'ROTATION'
        WHERE s.plan_id = $1 AND s.scheduled_at < $2
        ORDER BY s.scheduled_at, s.id`,
      [planId, before],
    );
    const calls = new Map<string, { userId: string; region: string }[]>();
    for (const row of rows) {
      const call = calls.get(row.session_id) ?? [];
      call.push({ userId: row.user_id, region: row.region ?? "" });
      calls.set(row.session_id, call);
    }
    return [...calls.values()];
  }

  insertSession(values: Pick<FeedbackSession, "planId" | "scheduledAt" | "createdBy">, manager: EntityManager): Promise<FeedbackSession> {
    return manager.save(FeedbackSession, manager.create(FeedbackSession, values));
  }

  async updateNotes(sessionId: string, notes: string): Promise<void> {
    await this.dataSource.manager.update(FeedbackSession, { id: sessionId }, { notes });
  }

  async insertParticipants(rows: FeedbackParticipant[], manager: EntityManager): Promise<void> {
    if (rows.length > 0) await manager.createQueryBuilder().insert().into(FeedbackParticipant).values(rows).orIgnore().execute();
  }

  participantsOfSessions(sessionIds: readonly string[]): Promise<FeedbackParticipant[]> {
    return this.dataSource.manager.find(FeedbackParticipant, { where: { sessionId: In([...sessionIds]) }, order: { kind: "ASC" } });
  }

  async insertAgendaItems(rows: Partial<AgendaItem>[], manager: EntityManager = this.dataSource.manager): Promise<AgendaItem[]> {
    if (rows.length === 0) return [];
    return manager.save(AgendaItem, rows.map((row) => manager.create(AgendaItem, row)));
  }

  agendaOfSessions(sessionIds: readonly string[]): Promise<AgendaItem[]> {
    return this.dataSource.manager.find(AgendaItem, { where: { sessionId: In([...sessionIds]) }, order: { position: "ASC" } });
  }

  /** Locks the session row: hand-added agenda items of one call get their positions one writer at a time. */
  async nextAgendaPosition(sessionId: string, manager: EntityManager): Promise<number> {
    await manager.createQueryBuilder(FeedbackSession, "session").select("session.id").where("session.id = :sessionId", { sessionId }).setLock("pessimistic_write").getOne();
    const [{ next }] = await manager.query<{ next: number }[]>(`SELECT COALESCE(MAX(position), 0) + 1 AS next FROM agenda_items WHERE session_id = $1`, [sessionId]);
    return Number(next);
  }

  insertActionItem(values: Partial<ActionItem>): Promise<ActionItem> {
    const manager = this.dataSource.manager;
    return manager.save(ActionItem, manager.create(ActionItem, values));
  }

  findActionItem(id: string): Promise<ActionItem | null> {
    return isUuid(id) ? this.dataSource.manager.findOneBy(ActionItem, { id }) : Promise.resolve(null);
  }

  /** Marks the item done unless someone already did; true when this call closed it. */
  async closeActionItem(id: string, userId: string): Promise<boolean> {
    const result = await this.dataSource.manager
      .createQueryBuilder()
      .update(ActionItem)
      .set({ isDone: true, closedBy: userId, closedAt: new Date() })
      .where("id = :id AND is_done = false", { id })
      // RETURNING, not `affected`: PGlite (the embedded database) reports no affected-row count.
      .returning("id")
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  actionItemsOfSessions(sessionIds: readonly string[]): Promise<ActionItem[]> {
    return this.dataSource.manager.find(ActionItem, { where: { sessionId: In([...sessionIds]) }, order: { createdAt: "ASC" } });
  }

  /** Action items of the plan closed in [from, to). */
  closedActionItems(planId: string, from: Date, to: Date): Promise<ActionItem[]> {
    return this.dataSource.manager
      .createQueryBuilder(ActionItem, "item")
      .where("item.plan_id = :planId AND item.closed_at >= :from AND item.closed_at < :to", { planId, from, to })
      .orderBy("item.closed_at", "ASC")
      .getMany();
  }

  /** The plan's open threads with how many replies each has and its opening comment. */
  async openThreads(planId: string, manager: EntityManager = this.dataSource.manager): Promise<OpenThreadRow[]> {
    const threads = await manager.find(CommentThread, { where: { planId, status: ThreadStatus.OPEN }, order: { createdAt: "ASC", id: "ASC" } });
    if (threads.length === 0) return [];
    const comments = await manager.find(Comment, { where: { threadId: In(threads.map((thread) => thread.id)) }, order: { createdAt: "ASC", id: "ASC" } });
    return threads.map((thread) => {
      const own = comments.filter((comment) => comment.threadId === thread.id);
      return { thread, replyCount: Math.max(0, own.length - 1), openingBody: own[0]?.body ?? "" };
    });
  }

  /** Approvals of the plan's open submission that went stale (the approver must decide again). */
  staleApprovals(planId: string, manager: EntityManager = this.dataSource.manager): Promise<SignoffApproval[]> {
    return manager
      .createQueryBuilder(SignoffApproval, "approval")
      .innerJoin(Signoff, "signoff", "signoff.id = approval.signoff_id")
      .where("signoff.plan_id = :planId AND signoff.status != :superseded AND approval.state = :stale", {
        planId,
        superseded: SignoffStatus.SUPERSEDED,
        stale: ApprovalState.STALE,
      })
      .getMany();
  }

  /** Threads of the plan resolved in [from, to), with or without a suggestion. */
  resolvedThreads(planId: string, from: Date, to: Date): Promise<CommentThread[]> {
    return this.dataSource.manager
      .createQueryBuilder(CommentThread, "thread")
      .where("thread.plan_id = :planId AND thread.status = :resolved AND thread.resolved_at >= :from AND thread.resolved_at < :to", {
        planId,
        resolved: ThreadStatus.RESOLVED,
        from,
        to,
      })
      .orderBy("thread.resolved_at", "ASC")
      .getMany();
  }

  /** Tactic reviews of the plan made in [from, to). */
  tacticReviewsBetween(planId: string, from: Date, to: Date): Promise<TacticReview[]> {
    return this.dataSource.manager
      .createQueryBuilder(TacticReview, "review")
      .where("review.plan_id = :planId AND review.created_at >= :from AND review.created_at < :to", { planId, from, to })
      .orderBy("review.created_at", "ASC")
      .getMany();
  }

  /** Users by id, for participant notices: only the plan's members among them. */
  async planMemberIds(planId: string, userIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows = await manager.query<{ user_id: string }[]>(`SELECT user_id FROM plan_members WHERE plan_id = $1 AND user_id = ANY($2::uuid[])`, [planId, [...userIds]]);
    return rows.map((row) => row.user_id);
  }
}
