/** Builds every service once per process; resolvers and the collaboration server share them. */
import type { DataSource } from "typeorm";
import type { Env } from "./config/env";
import type { DomainEvents } from "./events/domain-events";
import { AuthService } from "./modules/auth/auth.service";
import { SessionService } from "./modules/auth/session.service";
import { AuditRepository } from "./modules/audit/audit.repository";
import { AuditService } from "./modules/audit/audit.service";
import { DeckRenderer } from "./modules/export/deck-renderer";
import { ExportRepository } from "./modules/export/export.repository";
import { ExportService } from "./modules/export/export.service";
import { PdfConverter } from "./modules/export/pdf-converter";
import type { PlanDocuments } from "./modules/plans/plan-documents.port";
import { PlanMemberService } from "./modules/plans/plan-member.service";
import { PlanService } from "./modules/plans/plan.service";
import { SectionReviewerRepository } from "./modules/plans/section-reviewer.repository";
import { DomainEventNotifier, type SignoffNotifier } from "./modules/signoff/signoff-notifier";
import { activePlanStatus, SignoffRepository } from "./modules/signoff/signoff.repository";
import { SignoffService } from "./modules/signoff/signoff.service";
import { TacticReviewRepository } from "./modules/signoff/tactic-review.repository";
import { TacticReviewService } from "./modules/signoff/tactic-review.service";
import { UserService } from "./modules/users/user.service";
import { PlanVersionRepository } from "./modules/versions/plan-version.repository";
import type { VersionDocuments } from "./modules/versions/version-documents.port";
import { VersionService } from "./modules/versions/version.service";

export interface Services {
  env: Env;
  dataSource: DataSource;
  events: DomainEvents;
  sessions: SessionService;
  auth: AuthService;
  users: UserService;
  plans: PlanService;
  members: PlanMemberService;
  versions: VersionService;
  signoffs: SignoffService;
  tacticReviews: TacticReviewService;
  audit: AuditService;
  exports: ExportService;
}

export function createServices(
  env: Env,
  dataSource: DataSource,
  events: DomainEvents,
  sessions: SessionService,
  documents: PlanDocuments & VersionDocuments,
  notifier: SignoffNotifier = new DomainEventNotifier(events),
): Services {
  const auditRows = new AuditRepository(dataSource);
  const reviewers = new SectionReviewerRepository(dataSource);
  const versionRows = new PlanVersionRepository(dataSource);
  const signoffRows = new SignoffRepository(dataSource);
  // Un-archiving returns a plan to its open sign-off's status; the sign-off module answers that.
  const plans = new PlanService(dataSource, documents, reviewers, auditRows, (planId) => activePlanStatus(signoffRows, planId));
  const versions = new VersionService(dataSource, documents, plans, versionRows, reviewers, auditRows);
  const reviewRows = new TacticReviewRepository(dataSource);
  const tacticReviews = new TacticReviewService(dataSource, plans, versions, versionRows, signoffRows, reviewers, reviewRows, auditRows);
  return {
    env,
    dataSource,
    events,
    sessions,
    auth: new AuthService(dataSource, sessions),
    users: new UserService(dataSource, sessions, events),
    plans,
    members: new PlanMemberService(dataSource, plans, events, auditRows),
    versions,
    signoffs: new SignoffService(dataSource, versions, versionRows, signoffRows, tacticReviews, auditRows, notifier),
    tacticReviews,
    audit: new AuditService(auditRows, plans),
    exports: new ExportService(plans, new ExportRepository(dataSource), reviewRows, auditRows, new DeckRenderer(), new PdfConverter(env.sofficePath)),
  };
}
