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
import type { CollaborationAccess } from "./modules/collaboration";
import { CommentEvents } from "./modules/comments/comment-events";
import { CommentFeed } from "./modules/comments/comment-feed";
import type { CommentDocuments } from "./modules/comments/comment-documents.port";
import { CommentsRepository } from "./modules/comments/comments.repository";
import { CommentsService } from "./modules/comments/comments.service";
import { OrganizationRepository } from "./modules/organizations/organization.repository";
import { PlanAccessRepository } from "./modules/plans/plan-access.repository";
import type { PlanDocuments } from "./modules/plans/plan-documents.port";
import { PlanMemberRepository } from "./modules/plans/plan-member.repository";
import { PlanMemberService } from "./modules/plans/plan-member.service";
import { planSubject } from "./modules/plans/plan-subject";
import { PlanRepository } from "./modules/plans/plan.repository";
import { PlanService } from "./modules/plans/plan.service";
import { UserRepository } from "./modules/users/user.repository";
import { UserService } from "./modules/users/user.service";

export interface Repositories {
  plans: PlanRepository;
  planMembers: PlanMemberRepository;
  planAccess: PlanAccessRepository;
  users: UserRepository;
  organizations: OrganizationRepository;
  comments: CommentsRepository;
}

export interface Services extends ContextServices {
  env: Env;
  dataSource: DataSource;
  events: DomainEvents;
  repositories: Repositories;
}

export function createRepositories(dataSource: DataSource): Repositories {
  const plans = new PlanRepository(dataSource);
  return {
    plans,
    planMembers: new PlanMemberRepository(dataSource),
    planAccess: new PlanAccessRepository(dataSource),
    users: new UserRepository(dataSource),
    organizations: new OrganizationRepository(dataSource),
    comments: new CommentsRepository(dataSource, plans),
  };
}

export function createServices(
  env: Env,
  dataSource: DataSource,
  events: DomainEvents,
  sessions: SessionService,
  documents: PlanDocuments & CommentDocuments,
  commentLimits?: CommentLimits,
): Services {
  const repositories = createRepositories(dataSource);
  const plans = createPlanService(repositories, documents, events);
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
    members: new PlanMemberService(repositories.planMembers, repositories.users, plans, events),
    comments,
    commentFeed: new CommentFeed(comments, commentEvents, events),
  };
}

export function createPlanService(repositories: Repositories, documents: PlanDocuments, events: DomainEvents = new DomainEvents()): PlanService {
  return new PlanService(repositories.plans, repositories.planMembers, documents, events);
}

/** The collaboration server's view of sessions, users and memberships. */
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
