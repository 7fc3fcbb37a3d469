/**
 * The composition root: builds every repository and service once per process and connects each port
 * to its implementation. Resolvers and the collaboration server share what is built here.
 */
import type { CommentLimits } from "@planbridge/plan-schema";
import type { DataSource } from "typeorm";
import type { Env } from "./config/env";
import { createMailer, type Mailer } from "./mail/mailer";
import { DomainEvents } from "./events/domain-events";
import type { ContextServices } from "./graphql/context";
import { AccountService } from "./modules/auth/account.service";
import { AuthService } from "./modules/auth/auth.service";
import { LoginThrottle } from "./modules/auth/login-throttle";
import { PasswordResetRepository } from "./modules/auth/password-reset.repository";
import { readSessionToken, type SessionService } from "./modules/auth/session.service";
import { hashSecretToken, MAX_TOKEN_LENGTH } from "./crypto/secret-token";
import { AuthUserCredentials } from "./modules/auth/user-credentials";
import { AuditRepository } from "./modules/audit/audit.repository";
import { AuditService } from "./modules/audit/audit.service";
import type { CollaborationAccess } from "./modules/collaboration";
import { CampaignsRepository } from "./modules/campaigns/campaigns.repository";
import { CampaignService } from "./modules/campaigns/campaigns.service";
import { NotificationKind } from "./modules/comments/comment-enums";
import { CommentEvents } from "./modules/comments/comment-events";
import { CommentFeed } from "./modules/comments/comment-feed";
import type { CommentDocuments } from "./modules/comments/comment-documents.port";
import { CommentsRepository } from "./modules/comments/comments.repository";
import { CommentsService } from "./modules/comments/comments.service";
import { DeckRenderer } from "./modules/export/deck-renderer";
import { ExportRepository } from "./modules/export/export.repository";
import { ExportService } from "./modules/export/export.service";
import { PdfConverter } from "./modules/export/pdf-converter";
import { InvitationRepository } from "./modules/invitations/invitation.repository";
import { InvitationService } from "./modules/invitations/invitation.service";
import { LeadsRepository } from "./modules/leads/leads.repository";
import { LeadService } from "./modules/leads/leads.service";
import { OrganizationRepository } from "./modules/organizations/organization.repository";
import { PlanAccessRepository } from "./modules/plans/plan-access.repository";
import type { PlanDocuments } from "./modules/plans/plan-documents.port";
import { PlanMemberRepository } from "./modules/plans/plan-member.repository";
import { PlanMemberService } from "./modules/plans/plan-member.service";
import { planSubject } from "./modules/plans/plan-subject";
import { PlanStatus } from "./modules/plans/plan-status";
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
import { CouncilDigestService } from "./modules/council/council-digest.service";
import { CouncilRepository } from "./modules/council/council.repository";
import { CouncilService } from "./modules/council/council.service";
import type { DigestSource } from "./modules/council/digest-sources";
import { campaignPrepSource, leadDefinitionSource, openThreadsSource, staleApprovalsSource, tacticReviewsSource, type AgendaSource } from "./modules/feedback/agenda-sources";
import { councilDigestSources } from "./modules/feedback/council-digest-sources";
import { FeedbackRepository } from "./modules/feedback/feedback.repository";
import { FeedbackService } from "./modules/feedback/feedback.service";
import { InsightsRepository } from "./modules/insights/insights.repository";
import { InsightsService } from "./modules/insights/insights.service";

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
  council: CouncilRepository;
  feedback: FeedbackRepository;
  insights: InsightsRepository;
  invitations: InvitationRepository;
  passwordResets: PasswordResetRepository;
  leads: LeadsRepository;
  campaigns: CampaignsRepository;
}

export interface Services extends ContextServices {
  env: Env;
  dataSource: DataSource;
  events: DomainEvents;
  repositories: Repositories;
  /** Downloads and presenter decks (plain HTTP routes, not GraphQL). */
  exports: ExportService;
  /** Invitations, resets and digests leave through it (SMTP, or the outbox folder). */
  mailer: Mailer;
  /** What the comment feeds listen to (scale-out relays it between processes). */
  commentEvents: CommentEvents;
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
    council: new CouncilRepository(dataSource),
    feedback: new FeedbackRepository(dataSource),
    insights: new InsightsRepository(dataSource),
    invitations: new InvitationRepository(dataSource),
    passwordResets: new PasswordResetRepository(dataSource),
    leads: new LeadsRepository(dataSource),
    campaigns: new CampaignsRepository(dataSource),
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
  mailer: Mailer = createMailer(env.mail),
): Services {
  const repositories = createRepositories(dataSource);
  const plans = createPlanService(repositories, documents, events);
  const commentEvents = new CommentEvents();
  const comments = new CommentsService(repositories.comments, documents, commentEvents, commentLimits);
  const leads = new LeadService(repositories.leads, plans, {
    leadDefinitionPublished: (planId, actorId, userIds) => comments.notifyAboutPlan(planId, actorId, userIds, NotificationKind.LEAD_DEFINITION_PUBLISHED),
  });
  const campaigns = new CampaignService(repositories.campaigns, plans, repositories.planMembers, repositories.organizations);
  // The rubric and the calendar are stored, hashed and compared with each version.
  const versions = new VersionService(repositories, documents, plans, {
    snapshot: async (planId) => ({ leadDefinition: await leads.snapshot(planId), campaignCalendar: await campaigns.snapshot(planId) }),
  });
  const tacticReviews = new TacticReviewService(repositories, plans, versions);
  const { council, feedback, insights } = repositories;
  const agendaSources: AgendaSource[] = [
    openThreadsSource(feedback),
    staleApprovalsSource(feedback),
    tacticReviewsSource(tacticReviews),
    leadDefinitionSource(leads),
    campaignPrepSource(campaigns),
  ];
  const sectionTitles = async (planId: string) => new Map((await documents.readPlan(planId)).sections.map((section) => [section.id, section.title]));
  const digestSources: DigestSource[] = councilDigestSources(feedback, sectionTitles);
  // One sign-in throttle: a wrong current password on the account page counts like a wrong sign-in.
  const throttle = new LoginThrottle();
  return {
    env,
    dataSource,
    events,
    repositories,
    mailer,
    sessions,
    auth: new AuthService(repositories.users, sessions, throttle),
    accounts: new AccountService(repositories.users, sessions, repositories.passwordResets, mailer, throttle),
    invitations: new InvitationService(
      repositories.invitations,
      repositories.users,
      repositories.organizations,
      plans,
      repositories.planMembers,
      repositories.audit,
      sessions,
      mailer,
    ),
    users: new UserService(repositories.users, repositories.organizations, new AuthUserCredentials(sessions), events),
    plans,
    members: new PlanMemberService(repositories.planMembers, repositories.users, plans, events, repositories.audit),
    versions,
    signoffs: new SignoffService(repositories, versions, tacticReviews, notifier),
    tacticReviews,
    audit: new AuditService(repositories.audit, plans),
    comments,
    leads,
    campaigns,
    publicUrl: env.publicUrl,
    commentFeed: new CommentFeed(comments, commentEvents, events),
    commentEvents,
    exports: new ExportService(plans, repositories, new DeckRenderer(), new PdfConverter(env.sofficePath)),
    council: new CouncilService(council, repositories.users, plans, tacticReviews),
    councilDigests: new CouncilDigestService(council, plans, repositories.planMembers, repositories.users, mailer, () => repositories.plans.listActive(), digestSources),
    feedback: new FeedbackService(feedback, plans, repositories.planMembers, council, repositories.users, comments, mailer, agendaSources),
    insights: new InsightsService(insights, plans, council),
  };
}

export function createPlanService(repositories: Repositories, documents: PlanDocuments, events: DomainEvents = new DomainEvents()): PlanService {
  // Un-archiving returns a plan to its open sign-off's status; the sign-off module answers that.
  const activeStatus = (planId: string) => activePlanStatus(repositories.signoffs, planId);
  return new PlanService(repositories.plans, repositories.planMembers, documents, events, repositories.sectionReviewers, repositories.audit, repositories.organizations, activeStatus);
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
    async authenticate(cookieHeader, planId) {
      if (planId === undefined) return sessions.authenticate(readSessionToken(cookieHeader));
      const token = readSessionToken(cookieHeader);
      if (!token || token.length > MAX_TOKEN_LENGTH) return null;
      const found = await access.findSessionPlanAccess(hashSecretToken(token), planId);
      if (!found) return null;
      const { plan } = found;
      return {
        user: found.user,
        sessionId: found.sessionId,
        plan: plan && {
          planId: plan.id,
          organizationId: plan.organizationId,
          role: plan.role,
          isArchived: plan.status === PlanStatus.ARCHIVED,
        },
      };
    },
    async findPlan(planId, userId) {
      const found = await plans.findAccess(planId, userId);
      return found ? { planId: found.plan.id, ...planSubject(found) } : null;
    },
    checkConnections: (keys) => access.findCurrentAccess(keys),
  };
}
