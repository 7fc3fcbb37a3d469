/**
 * Every query of the comments module. Methods take an optional EntityManager so the service can run
 * several in one transaction (the limits are checked and the rows written under one lock).
 */
import { In, IsNull, MoreThan, type DataSource, type EntityManager, type SelectQueryBuilder } from "typeorm";
import { entityRows, selectRows, type EntityRows } from "../../entity-rows";
import { isUuid } from "../../ids";
import type { PlanAccess, PlanRepository } from "../plans/plan.repository";
import { PlanMember } from "../plans/plan-member.entity";
import { Plan } from "../plans/plan.entity";
import { User } from "../users/user.entity";
import { LeadCriterion } from "../leads/lead-criterion.entity";
import type { PlanRole } from "../../policies/plan-role";
import { Comment } from "./comment.entity";
import { CommentThread } from "./comment-thread.entity";
import { Notification } from "./notification.entity";

/** A row plus what every permission check on it needs: its plan and the caller's role there. */
export interface WithPlanAccess<T> {
  row: T;
  plan: Plan;
  role: PlanRole | null;
}

export class CommentsRepository {
  private readonly threadRows: EntityRows<CommentThread>;
  private readonly commentRows: EntityRows<Comment>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlanRepository,
  ) {
    this.threadRows = entityRows(dataSource, CommentThread);
    this.commentRows = entityRows(dataSource, Comment);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The thread with its plan and the user's membership, in one statement; null for unknown ids. */
  async findThreadAccess(threadId: string, userId: string, manager = this.dataSource.manager): Promise<WithPlanAccess<CommentThread> | null> {
    if (!isUuid(threadId)) return null;
    const raw = await this.accessQuery(manager, CommentThread, "thread", "thread.plan_id", userId)
      .where("thread.id = :threadId", { threadId })
      .getOne();
    return raw ? splitAccess(raw) : null;
  }

  /** The comment with its plan and the user's membership, in one statement. */
  async findCommentAccess(commentId: string, userId: string, manager = this.dataSource.manager): Promise<WithPlanAccess<Comment> | null> {
    if (!isUuid(commentId)) return null;
    const raw = await this.accessQuery(manager, Comment, "comment", "thread.plan_id", userId, (query) =>
      query.innerJoin(CommentThread, "thread", "thread.id = comment.thread_id"),
    )
      .where("comment.id = :commentId", { commentId })
      .getOne();
    return raw ? splitAccess(raw) : null;
  }

  /** The plan and the user's role in it (one statement), or null. */
  findPlanAccess(planId: string, userId: string, manager = this.dataSource.manager): Promise<PlanAccess | null> {
    return this.plans.findAccess(planId, userId, manager);
  }

  /** Whether the criterion is a line of this plan's lead definition (false for malformed ids). */
  async criterionBelongsToPlan(criterionId: string, planId: string, manager = this.dataSource.manager): Promise<boolean> {
    return isUuid(criterionId) && (await manager.existsBy(LeadCriterion, { id: criterionId, planId }));
  }

  /** Bumps updated_at: a reply is activity on the thread. */
  async touchThread(threadId: string, manager = this.dataSource.manager): Promise<void> {
    await manager.update(CommentThread, { id: threadId }, { updatedAt: () => "now()" });
  }

  findThread(threadId: string, manager = this.dataSource.manager): Promise<CommentThread | null> {
    return isUuid(threadId) ? manager.findOneBy(CommentThread, { id: threadId }) : Promise.resolve(null);
  }

  async findThreads(ids: readonly string[], manager = this.dataSource.manager): Promise<CommentThread[]> {
    const rows = await selectRows(manager, `SELECT ${this.threadRows.select("t")} FROM comment_threads t WHERE t.id = ANY($1::uuid[])`, [ids]);
    return rows.map((row) => this.threadRows.read(row, "t"));
  }

  /** Every thread of these plans, oldest first. */
  async threadsOfPlans(planIds: readonly string[], manager = this.dataSource.manager): Promise<CommentThread[]> {
    const sql = `SELECT ${this.threadRows.select("t")} FROM comment_threads t WHERE t.plan_id = ANY($1::uuid[]) ORDER BY t.created_at, t.id`;
    return (await selectRows(manager, sql, [planIds])).map((row) => this.threadRows.read(row, "t"));
  }

  /** Every comment of these threads, in order. */
  async commentsOfThreads(threadIds: readonly string[], manager = this.dataSource.manager): Promise<Comment[]> {
    const sql = `SELECT ${this.commentRows.select("c")} FROM comments c WHERE c.thread_id = ANY($1::uuid[]) ORDER BY c.created_at, c.id`;
    return (await selectRows(manager, sql, [threadIds])).map((row) => this.commentRows.read(row, "c"));
  }

  /** Locks the plan row: threads of one plan are counted and inserted one writer at a time. */
  async lockPlan(planId: string, manager: EntityManager): Promise<void> {
    await manager.createQueryBuilder(Plan, "plan").select("plan.id").where("plan.id = :planId", { planId }).setLock("pessimistic_write").getOne();
  }

  /** Locks the thread row: replies of one thread are counted and inserted one writer at a time. */
  async lockThread(threadId: string, manager: EntityManager): Promise<void> {
    await manager.createQueryBuilder(CommentThread, "thread").select("thread.id").where("thread.id = :threadId", { threadId }).setLock("pessimistic_write").getOne();
  }

  /** Locks the user row: the per-user rate is counted and written one request at a time. */
  async lockUser(userId: string, manager: EntityManager): Promise<void> {
    await manager.createQueryBuilder(User, "user").select("user.id").where("user.id = :userId", { userId }).setLock("pessimistic_write").getOne();
  }

  countThreads(planId: string, manager = this.dataSource.manager): Promise<number> {
    return manager.countBy(CommentThread, { planId });
  }

  countComments(threadId: string, manager = this.dataSource.manager): Promise<number> {
    return manager.countBy(Comment, { threadId });
  }

  countCommentsSince(authorId: string, since: Date, manager = this.dataSource.manager): Promise<number> {
    return manager.countBy(Comment, { authorId, createdAt: MoreThan(since) });
  }

  insertThread(values: Partial<CommentThread>, manager = this.dataSource.manager): Promise<CommentThread> {
    return manager.save(CommentThread, manager.create(CommentThread, values));
  }

  saveThread(thread: CommentThread, manager = this.dataSource.manager): Promise<CommentThread> {
    return manager.save(CommentThread, thread);
  }

  insertComment(values: Pick<Comment, "threadId" | "authorId" | "body">, manager = this.dataSource.manager): Promise<Comment> {
    return manager.save(Comment, manager.create(Comment, values));
  }

  saveComment(comment: Comment, manager = this.dataSource.manager): Promise<Comment> {
    return manager.save(Comment, comment);
  }

  /** The opening comment of a thread. */
  firstComment(threadId: string, manager = this.dataSource.manager): Promise<Comment | null> {
    return manager.findOne(Comment, { where: { threadId }, order: { createdAt: "ASC", id: "ASC" } });
  }

  /** Members of the plan among these (lower-case) emails. */
  membersByEmail(planId: string, emails: readonly string[], manager = this.dataSource.manager): Promise<User[]> {
    if (emails.length === 0) return Promise.resolve([]);
    return manager
      .createQueryBuilder(User, "user")
      .innerJoin(PlanMember, "member", "member.user_id = user.id AND member.plan_id = :planId", { planId })
      .where("user.email IN (:...emails)", { emails: [...emails] })
      .andWhere("user.is_active")
      .getMany();
  }

  async insertNotifications(rows: Partial<Notification>[], manager = this.dataSource.manager): Promise<Notification[]> {
    if (rows.length === 0) return [];
    return manager.save(Notification, rows.map((row) => manager.create(Notification, row)));
  }

  /** The user's notifications about plans they are still a member of, newest first. */
  notifications(userId: string, options: { unreadOnly: boolean; first: number }): Promise<Notification[]> {
    // limit, not take: the join is one row per notification, and take would add a second query.
    const query = this.memberNotifications(userId).orderBy("notification.createdAt", "DESC").addOrderBy("notification.id", "DESC").limit(options.first);
    if (options.unreadOnly) query.andWhere("notification.read_at IS NULL");
    return query.getMany();
  }

  isMember(planId: string, userId: string): Promise<boolean> {
    return this.dataSource.getRepository(PlanMember).existsBy({ planId, userId });
  }

  findNotification(id: string): Promise<Notification | null> {
    return this.dataSource.getRepository(Notification).findOneBy({ id });
  }

  unreadCount(userId: string): Promise<number> {
    return this.memberNotifications(userId).andWhere("notification.read_at IS NULL").getCount();
  }

  /** A notice names a thread: once the user has left its plan, they no longer see it. */
  private memberNotifications(userId: string) {
    return this.dataSource
      .createQueryBuilder(Notification, "notification")
      .innerJoin(PlanMember, "member", "member.plan_id = notification.plan_id AND member.user_id = notification.user_id")
      .where("notification.user_id = :userId", { userId });
  }

  /** Marks these of the user's notifications read (all unread ones when `ids` is null); returns how many changed. */
  async markRead(userId: string, ids: readonly string[] | null): Promise<number> {
    const where = { userId, readAt: IsNull(), ...(ids ? { id: In([...ids]) } : {}) };
    const result = await this.dataSource.getRepository(Notification).update(where, { readAt: new Date() });
    return result.affected ?? 0;
  }

  /** The plan and the user's role in each of these plans, in one statement (viewerCan of many threads). */
  planAccess(planIds: readonly string[], userId: string): Promise<PlanAccess[]> {
    return this.plans.findAccessMany(planIds, userId);
  }

  /** `alias` rows joined to their plan and the user's membership of it. */
  private accessQuery<T extends object>(
    manager: EntityManager,
    entity: new () => T,
    alias: string,
    planIdColumn: string,
    userId: string,
    joinFirst: (query: SelectQueryBuilder<T>) => SelectQueryBuilder<T> = (query) => query,
  ) {
    return joinFirst(manager.createQueryBuilder(entity, alias))
      .innerJoinAndMapOne(`${alias}.accessPlan`, Plan, "plan", `plan.id = ${planIdColumn}`)
      .leftJoinAndMapOne(`${alias}.accessMember`, PlanMember, "member", "member.plan_id = plan.id AND member.user_id = :userId", { userId });
  }
}

function splitAccess<T extends object>(raw: T): WithPlanAccess<T> {
  const { accessPlan, accessMember, ...fields } = raw as T & { accessPlan: Plan; accessMember?: PlanMember | null };
  const row = Object.assign(Object.create(Object.getPrototypeOf(raw) as object | null) as T, fields);
  return { row, plan: accessPlan, role: accessMember?.role ?? null };
}
