/** Builds every service once per process; resolvers and the collaboration server share them. */
import type { CommentLimits } from "@planbridge/plan-schema";
import type { DataSource } from "typeorm";
import type { Env } from "./config/env";
import type { DomainEvents } from "./events/domain-events";
import { AuthService } from "./modules/auth/auth.service";
import { SessionService } from "./modules/auth/session.service";
import { CommentEvents } from "./modules/comments/comment-events";
import { CommentFeed } from "./modules/comments/comment-feed";
import type { CommentDocuments } from "./modules/comments/comment-documents.port";
import { CommentsRepository } from "./modules/comments/comments.repository";
import { CommentsService } from "./modules/comments/comments.service";
import type { PlanDocuments } from "./modules/plans/plan-documents.port";
import { PlanMemberService } from "./modules/plans/plan-member.service";
import { PlanService } from "./modules/plans/plan.service";
import { UserService } from "./modules/users/user.service";

export interface Services {
  env: Env;
  dataSource: DataSource;
  events: DomainEvents;
  sessions: SessionService;
  auth: AuthService;
  users: UserService;
  plans: PlanService;
  members: PlanMemberService;
  comments: CommentsService;
  commentFeed: CommentFeed;
}

export function createServices(
  env: Env,
  dataSource: DataSource,
  events: DomainEvents,
  sessions: SessionService,
  documents: PlanDocuments & CommentDocuments,
  commentLimits?: CommentLimits,
): Services {
  const plans = new PlanService(dataSource, documents);
  const commentEvents = new CommentEvents();
  const comments = new CommentsService(new CommentsRepository(dataSource), documents, commentEvents, commentLimits);
  return {
    env,
    dataSource,
    events,
    sessions,
    auth: new AuthService(dataSource, sessions),
    users: new UserService(dataSource, sessions, events),
    plans,
    members: new PlanMemberService(dataSource, plans, events),
    comments,
    commentFeed: new CommentFeed(comments, commentEvents, events),
  };
}
