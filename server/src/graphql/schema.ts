/** The GraphQL schema, built from the type-graphql resolver classes of every module. */
import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema, type PubSub } from "type-graphql";
import { CommentResolver, PlanThreadsResolver, ThreadResolver } from "../modules/comments/comments.resolver";
import { NotificationResolver } from "../modules/comments/notifications.resolver";
import { AccountResolver } from "../modules/auth/account.resolver";
import { AuthResolver } from "../modules/auth/auth.resolver";
import { InvitationResolver } from "../modules/invitations/invitation.resolver";
import { MeResolver } from "../modules/auth/me.resolver";
import { PlanMemberResolver } from "../modules/plans/plan-member.resolver";
import { PlanResolver, PlanSectionResolver } from "../modules/plans/plan.resolver";
import { UserResolver } from "../modules/users/user.resolver";
import { AuditResolver } from "../modules/audit/audit.resolver";
import { PlanSignoffResolver, SignoffApprovalResolver, SignoffResolver } from "../modules/signoff/signoff.resolver";
import { ReviewCoverageEntryResolver, TacticReviewResolver } from "../modules/signoff/tactic-review.resolver";
import { PlanVersionsResolver, VersionResolver } from "../modules/versions/version.resolver";
import { CouncilResolver, PlanCouncilResolver } from "../modules/council/council.resolver";
import { ActionItemResolver, FeedbackSessionResolver, PlanFeedbackResolver } from "../modules/feedback/feedback.resolver";
import { InsightResolver, PlanInsightsResolver } from "../modules/insights/insights.resolver";
import { CampaignGoalResolver, CampaignResolver, PlanCampaignsResolver } from "../modules/campaigns/campaigns.resolver";
import { LeadDefinitionResolver, PlanLeadDefinitionResolver } from "../modules/leads/leads.resolver";

export const resolvers = [
  AuthResolver,
  MeResolver,
  AccountResolver,
  UserResolver,
  InvitationResolver,
  PlanResolver,
  PlanSectionResolver,
  PlanMemberResolver,
  VersionResolver,
  PlanVersionsResolver,
  SignoffResolver,
  SignoffApprovalResolver,
  PlanSignoffResolver,
  TacticReviewResolver,
  ReviewCoverageEntryResolver,
  AuditResolver,
  ThreadResolver,
  CommentResolver,
  PlanThreadsResolver,
  NotificationResolver,
  CouncilResolver,
  PlanCouncilResolver,
  FeedbackSessionResolver,
  ActionItemResolver,
  PlanFeedbackResolver,
  InsightResolver,
  PlanInsightsResolver,
  LeadDefinitionResolver,
  PlanLeadDefinitionResolver,
  CampaignResolver,
  CampaignGoalResolver,
  PlanCampaignsResolver,
] as const;

export function createSchema(emitSchemaFile?: string): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    // Every subscription brings its own `subscribe` (live feeds that re-check access); type-graphql
    // still insists on a pub/sub, which stays unused.
    pubSub: unusedPubSub,
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: false } : false,
  });
}

const unusedPubSub: PubSub = {
  publish: () => {
    throw new Error("subscriptions publish through DomainEvents, not type-graphql's pub/sub");
  },
  subscribe: () => {
    throw new Error("every subscription has its own subscribe function");
  },
};
