/** Every TypeORM entity. Modules append theirs. */
import { PasswordReset } from "../modules/auth/password-reset.entity";
import { CalendarFeed } from "../modules/campaigns/calendar-feed.entity";
import { CampaignGoal } from "../modules/campaigns/campaign-goal.entity";
import { Campaign } from "../modules/campaigns/campaign.entity";
import { SalesEvent } from "../modules/campaigns/sales-event.entity";
import { SalesFocus } from "../modules/campaigns/sales-focus.entity";
import { LeadAcknowledgement } from "../modules/leads/lead-acknowledgement.entity";
import { LeadCriterion } from "../modules/leads/lead-criterion.entity";
import { LeadRubric } from "../modules/leads/lead-rubric.entity";
import { Session } from "../modules/auth/session.entity";
import { Invitation, InvitationPlan } from "../modules/invitations/invitation.entity";
import { DocSnapshot, DocUpdate } from "../modules/collaboration/doc-store.entity";
import { Comment } from "../modules/comments/comment.entity";
import { CommentThread } from "../modules/comments/comment-thread.entity";
import { Notification } from "../modules/comments/notification.entity";
import { Organization } from "../modules/organizations/organization.entity";
import { PlanMember } from "../modules/plans/plan-member.entity";
import { Plan } from "../modules/plans/plan.entity";
import { User } from "../modules/users/user.entity";
import { AuditEntry } from "../modules/audit/audit-entry.entity";
import { SectionReviewer } from "../modules/plans/section-reviewer.entity";
import { SignoffApproval } from "../modules/signoff/signoff-approval.entity";
import { Signoff } from "../modules/signoff/signoff.entity";
import { TacticReview } from "../modules/signoff/tactic-review.entity";
import { PlanVersion } from "../modules/versions/plan-version.entity";
import { CouncilDigestClaim } from "../modules/council/council-digest.entity";
import { CouncilMember } from "../modules/council/council-member.entity";
import { StrategySession } from "../modules/council/strategy-session.entity";
import { ActionItem, AgendaItem, FeedbackParticipant, FeedbackSeries, FeedbackSession } from "../modules/feedback/feedback.entity";
import { FieldInsight, FieldPoll, InsightLink, PollAnswer } from "../modules/insights/insight.entity";

export const entities = [
  Organization,
  User,
  Session,
  Plan,
  PlanMember,
  DocUpdate,
  DocSnapshot,
  SectionReviewer,
  PlanVersion,
  Signoff,
  SignoffApproval,
  TacticReview,
  AuditEntry,
  CommentThread,
  Comment,
  Notification,
  CouncilMember,
  StrategySession,
  FeedbackSeries,
  FeedbackSession,
  FeedbackParticipant,
  AgendaItem,
  ActionItem,
  FieldInsight,
  InsightLink,
  FieldPoll,
  PollAnswer,
  CouncilDigestClaim,
  Invitation,
  InvitationPlan,
  PasswordReset,
  LeadRubric,
  LeadCriterion,
  LeadAcknowledgement,
  Campaign,
  CampaignGoal,
  SalesEvent,
  SalesFocus,
  CalendarFeed,
];
