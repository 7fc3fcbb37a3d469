/** Builds every service once per process; resolvers and the collaboration server share them. */
import type { DataSource } from "typeorm";
import type { Env } from "./config/env";
import type { DomainEvents } from "./events/domain-events";
import { AuthService } from "./modules/auth/auth.service";
import { SessionService } from "./modules/auth/session.service";
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
}

export function createServices(env: Env, dataSource: DataSource, events: DomainEvents, sessions: SessionService, documents: PlanDocuments): Services {
  const plans = new PlanService(dataSource, documents, events);
  return {
    env,
    dataSource,
    events,
    sessions,
    auth: new AuthService(dataSource, sessions),
    users: new UserService(dataSource, sessions, events),
    plans,
    members: new PlanMemberService(dataSource, plans, events),
  };
}
