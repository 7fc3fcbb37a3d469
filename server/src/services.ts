/**
 * The composition root: builds every repository and service once per process and connects each port
 * to its implementation. Resolvers and the collaboration server share what is built here.
 */
import type { CommentLimits } from "@planbridge/plan-schema";
import type { DataSource } from "typeorm";
import type { Env } from "./config/env";
import { DomainEvents } from "./events/domain-events";
import type { ContextServices } from "./graphql/context";
import { AuthService } from "./modules/auth/auth.service";
import { readSessionToken, type SessionService } from "./modules/auth/session.service";
import { AuthUserCredentials } from "./modules/auth/user-credentials";
import { AuditRepository } from "./modules/audit/audit.repository";
import { AuditService } from "./modules/audit/audit.service";
import type { CollaborationAccess } from "./modules/collaboration";
import { CommentEvents } from "./modules/comments/comment-events";
import { CommentFeed } from "./modules/comments/comment-feed";
import type { CommentDocuments } from "./modules/comments/comment-documents.port";
import { CommentsRepository } from "./modules/comments/comments.repository";
import { CommentsService } from "./modules/comments/comments.service";
import { DeckRenderer } from "./modules/export/deck-renderer";
import { ExportRepository } from "./modules/export/export.repository";
import { ExportService } from "./modules/export/export.service";
import { PdfConverter } from "./modules/export/pdf-converter";
import { OrganizationRepository } from "./modules/organizations/organization.repository";
import { PlanAccessRepository } from "./modules/plans/plan-access.repository";
import type { PlanDocuments } from "./modules/plans/plan-documents.port";
import { PlanMemberRepository } from "./modules/plans/plan-member.repository";
import { PlanMemberService } from "./modules/plans/plan-member.service";
import { planSubject } from "./modules/plans/plan-subject";
import { PlanEditClock } from "./modules/plans/plan-edit-clock";
import { PlanRepository } from "./modules/plans/plan.repository";
import { PlanService } from "./modules/plans/plan.service";
import { SectionReviewerRepository } from "./modules/plans/section-reviewer.repository";
import { DomainEventNotifier, type SignoffNotifier } from "./modules/signoff/signoff-notifier";
import { activePlanStatus, SignoffRepository } from "./modules/signoff/signoff.repository";
import { SignoffService } from "./modules/signoff/signoff.service";
import { TacticReviewRepository } from "./modules/signoff/tactic-review.repository";
import { TacticReviewService } from "./modules/signoff/tactic-review.service";
import { UserRepository } from "./modules/users/user.repository";
import { UserService } from "./modules/users/user.service";
import { PlanVersionRepository } from "./modules/versions/plan-version.repository";
import type { VersionDocuments } from "./modules/versions/version-documents.port";
import { VersionService } from "./modules/versions/version.service";

export interface Repositories {
  plans: PlanRepository;
  planMembers: PlanMemberRepository;
  planAccess: PlanAccessRepository;
  users: UserRepository;
  organizations: OrganizationRepository;
  sectionReviewers: SectionReviewerRepository;
  planVersions: PlanVersionRepository;
  signoffs: SignoffRepository;
  tacticReviews: TacticReviewRepository;
  audit: AuditRepository;
  comments: CommentsRepository;
  exports: ExportRepository;
}

export interface Services extends ContextServices {
  env: Env;
  dataSource: DataSource;
  events: DomainEvents;
  repositories: Repositories;
  /** Downloads and presenter decks (plain HTTP routes, not GraphQL). */
  exports: ExportService;
}

export function createRepositories(dataSource: DataSource): Repositories {
  const plans = new PlanRepository(dataSource);
  return {
    plans,
    planMembers: new PlanMemberRepository(dataSource),
    planAccess: new PlanAccessRepository(dataSource),
    users: new UserRepository(dataSource),
    organizations: new OrganizationRepository(dataSource),
    sectionReviewers: new SectionReviewerRepository(dataSource),
    planVersions: new PlanVersionRepository(dataSource),
    signoffs: new SignoffRepository(dataSource),
    tacticReviews: new TacticReviewRepository(dataSource),
    audit: new AuditRepository(dataSource),
    comments: new CommentsRepository(dataSource, plans),
    exports: new ExportRepository(dataSource),
  };
}

export function createServices(
  env: Env,
  dataSource: DataSource,
  events: DomainEvents,
  sessions: SessionService,
  documents: PlanDocuments & CommentDocuments & VersionDocuments,
  commentLimits?: CommentLimits,
  notifier: SignoffNotifier = new DomainEventNotifier(events),
): Services {
  const repositories = createRepositories(dataSource);
  const plans = createPlanService(repositories, documents, events);
  const versions = new VersionService(repositories, documents, plans);
  const tacticReviews = new TacticReviewService(repositories, plans, versions);
  const commentEvents = new CommentEvents();
  const comments = new CommentsService(repositories.comments, documents, commentEvents, commentLimits);
  return {
    env,
    dataSource,
    events,
    repositories,
    sessions,
    auth: new AuthService(repositories.users, sessions),
    users: new UserService(repositories.users, new AuthUserCredentials(sessions), events),
    plans,
    members: new PlanMemberService(repositories.planMembers, repositories.users, plans, events, repositories.audit),
    versions,
    signoffs: new SignoffService(repositories, versions, tacticReviews, notifier),
    tacticReviews,
    audit: new AuditService(repositories.audit, plans),
    comments,
    commentFeed: new CommentFeed(comments, commentEvents, events),
    exports: new ExportService(plans, repositories, new DeckRenderer(), new PdfConverter(env.sofficePath)),
  };
}

export function createPlanService(repositories: Repositories, documents: PlanDocuments, events: DomainEvents = new DomainEvents()): PlanService {
  // Un-archiving returns a plan to its open sign-off's status; the sign-off module answers that.
  const activeStatus = (planId: string) => activePlanStatus(repositories.signoffs, planId);
  return new PlanService(repositories.plans, repositories.planMembers, documents, events, repositories.sectionReviewers, repositories.audit, activeStatus);
}

/** The collaboration server's view of sessions, users and memberships. */
/** Stamps plans' `updatedAt` from durable text edits (the collaboration module's `onTextCommitted`). */
export function createPlanEditClock(dataSource: DataSource): PlanEditClock {
  return new PlanEditClock(new PlanRepository(dataSource));
}

export function createCollaborationAccess(dataSource: DataSource, sessions: SessionService): CollaborationAccess {
  const plans = new PlanRepository(dataSource);
  const access = new PlanAccessRepository(dataSource);
  return {
    authenticate: (cookieHeader) => sessions.authenticate(readSessionToken(cookieHeader)),
    async findPlan(planId, userId) {
      const found = await plans.findAccess(planId, userId);
      return found ? { planId: found.plan.id, ...planSubject(found) } : null;
    },
    checkConnections: (keys) => access.findCurrentAccess(keys),
  };
}
