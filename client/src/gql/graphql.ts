/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant: ISO 8601 with a time zone, such as 2026-12-01T15:00:00Z */
  DateTime: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: any; output: any; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any; }
};

export type AcceptInviteInput = {
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  /** The last path segment of the invitation link */
  token: Scalars['String']['input'];
};

export type AcceptInvitePayload = {
  __typename?: 'AcceptInvitePayload';
  /** The plans joined, in the order the invitation named them */
  planIds: Array<Scalars['ID']['output']>;
  user: User;
};

export type ActionItem = {
  __typename?: 'ActionItem';
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** YYYY-MM-DD */
  dueOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isDone: Scalars['Boolean']['output'];
  owner: User;
  sessionId: Scalars['ID']['output'];
  /** Closing the item resolves this thread */
  threadId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
};

export type AddActionItemInput = {
  /** YYYY-MM-DD */
  dueOn: Scalars['String']['input'];
  ownerId: Scalars['ID']['input'];
  sessionId: Scalars['ID']['input'];
  /** The thread that closing the item resolves */
  threadId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type AddAgendaItemInput = {
  detail?: InputMaybe<Scalars['String']['input']>;
  sessionId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type AddCampaignGoalInput = {
  campaignId: Scalars['ID']['input'];
  kind: CampaignGoalKind;
  /** The sales person who must accept the goal */
  salesOwnerId: Scalars['ID']['input'];
  target: Scalars['Float']['input'];
};

export type AddPlanMemberInput = {
  email: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
  role: PlanRole;
};

export type AddSalesEventInput = {
  endDate: Scalars['String']['input'];
  kind: SalesEventKind;
  name: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
  /** Null or empty: every region */
  region?: InputMaybe<Scalars['String']['input']>;
  startDate: Scalars['String']['input'];
};

export type AgendaItem = {
  __typename?: 'AgendaItem';
  detail?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: AgendaItemKind;
  position: Scalars['Int']['output'];
  sectionId?: Maybe<Scalars['String']['output']>;
  /** The open thread this item is about */
  threadId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
};

export type AgendaItemKind =
  | 'CAMPAIGN_PREP'
  | 'LEAD_DEFINITION_CHANGE'
  | 'MANUAL'
  | 'OPEN_THREAD'
  | 'STALE_APPROVAL'
  | 'TACTIC_REVIEW';

/** A range of one section's text: see packages/plan-schema/src/anchors.ts */
export type AnchorInput = {
  /** base64 of Y.encodeRelativePosition, after the quote's last character */
  end: Scalars['String']['input'];
  /** The text between start and end */
  quote: Scalars['String']['input'];
  sectionId: Scalars['String']['input'];
  /** base64 of Y.encodeRelativePosition, before the quote's first character */
  start: Scalars['String']['input'];
};

export type AnswerPollInput = {
  optionIndex: Scalars['Int']['input'];
  pollId: Scalars['ID']['input'];
};

export type ApprovalState =
  | 'CHANGES_REQUESTED'
  | 'CURRENT'
  | 'PENDING'
  | 'STALE';

export type ApproveVersionInput = {
  versionId: Scalars['ID']['input'];
};

export type AssignSectionReviewerInput = {
  planId: Scalars['ID']['input'];
  sectionId: Scalars['ID']['input'];
  /** null clears the reviewer */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type AuditAction =
  | 'APPROVAL_STALE'
  | 'CHANGES_REQUESTED'
  | 'EXPORTED'
  | 'MEMBER_ADDED'
  | 'MEMBER_REMOVED'
  | 'MEMBER_ROLE_CHANGED'
  | 'REVIEWER_ASSIGNED'
  | 'SIGNOFF_REQUESTED'
  | 'TACTIC_REVIEWED'
  | 'VERSION_APPROVED'
  | 'VERSION_CUT'
  | 'VERSION_RESTORED';

export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: AuditAction;
  actor?: Maybe<User>;
  createdAt: Scalars['DateTimeISO']['output'];
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** What happened: ids, numbers, hashes, comments */
  payload: Scalars['JSONObject']['output'];
  prevHash: Scalars['String']['output'];
};

/** A plan's audit trail and whether its hash chain verifies */
export type AuditLogResult = {
  __typename?: 'AuditLogResult';
  /** Oldest first */
  entries: Array<AuditEntry>;
  /** The first row that fails verification */
  firstInvalidEntryId?: Maybe<Scalars['ID']['output']>;
  /** False when any row was changed or removed since it was written */
  isValid: Scalars['Boolean']['output'];
};

export type Campaign = {
  __typename?: 'Campaign';
  /** Webinar, paid social, field event, email... */
  channel: Scalars['String']['output'];
  /** Enablement: competitive positioning is ready */
  competitivePositioningReady: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** YYYY-MM-DD; the campaign runs from launch to end inclusive */
  endDate?: Maybe<Scalars['String']['output']>;
  goals: Array<CampaignGoal>;
  id: Scalars['ID']['output'];
  /** Every item of the enablement checklist is ready */
  isEnablementReady: Scalars['Boolean']['output'];
  /** YYYY-MM-DD in the organisation's time zone */
  launchDate: Scalars['String']['output'];
  /** Enablement: the lead list is ready */
  leadListReady: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Enablement: objection handling is ready */
  objectionHandlingReady: Scalars['Boolean']['output'];
  /** Days of sales preparation before launch */
  prepDays: Scalars['Int']['output'];
  /** YYYY-MM-DD: the first day of the sales-prep window */
  prepStartDate: Scalars['String']['output'];
  /** The product the campaign pushes */
  productFocus?: Maybe<Scalars['String']['output']>;
  region: Scalars['String']['output'];
  segment?: Maybe<Scalars['String']['output']>;
  /** Enablement: the talk track is ready */
  talkTrackReady: Scalars['Boolean']['output'];
  /** Computed on the server against the whole calendar and the organisation's today */
  warnings: Array<CampaignWarning>;
};

/** The joint campaign calendar of a plan */
export type CampaignCalendar = {
  __typename?: 'CampaignCalendar';
  /** By launch date; filtered when a filter was given */
  campaigns: Array<Campaign>;
  /** Every channel with a campaign (for filters) */
  channels: Array<Scalars['String']['output']>;
  events: Array<SalesEvent>;
  focus: Array<SalesFocus>;
  /** Every region with a campaign (for filters) */
  regions: Array<Scalars['String']['output']>;
  /** The organisation's time zone, in which every date is read */
  timeZone: Scalars['String']['output'];
  /** Today in that time zone (YYYY-MM-DD): what the warnings were computed against */
  today: Scalars['String']['output'];
};

export type CampaignFilterInput = {
  channel?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};

export type CampaignGoal = {
  __typename?: 'CampaignGoal';
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** Whether I am the sales owner who decides it */
  isMine: Scalars['Boolean']['output'];
  kind: CampaignGoalKind;
  /** Why the sales owner questions it */
  note?: Maybe<Scalars['String']['output']>;
  /** The sales person who accepts or questions the goal */
  salesOwner?: Maybe<User>;
  status: CampaignGoalStatus;
  /** A count of leads or meetings, or a pipeline amount */
  target: Scalars['Float']['output'];
};

export type CampaignGoalKind =
  | 'LEADS'
  | 'MEETINGS'
  | 'PIPELINE';

export type CampaignGoalStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'QUESTIONED';

/** Something on the calendar that would catch sales unprepared */
export type CampaignWarning = {
  __typename?: 'CampaignWarning';
  code: CampaignWarningCode;
  message: Scalars['String']['output'];
};

export type CampaignWarningCode =
  | 'ENABLEMENT_NOT_READY'
  | 'FOCUS_MISMATCH'
  | 'GOALS_NOT_ACCEPTED'
  | 'LAUNCH_IN_BLACKOUT'
  | 'OVERLAPPING_LAUNCH';

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ChangePasswordPayload = {
  __typename?: 'ChangePasswordPayload';
  /** How many other signed-in browsers were signed out */
  endedSessions: Scalars['Int']['output'];
};

export type ChangePlanMemberRoleInput = {
  planId: Scalars['ID']['input'];
  role: PlanRole;
  userId: Scalars['ID']['input'];
};

/** A message in a thread. Bodies are plain text; `@email` of a plan member mentions them */
export type Comment = {
  __typename?: 'Comment';
  author: User;
  /** Plain text; empty once deleted */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  editedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  isDeleted: Scalars['Boolean']['output'];
  threadId: Scalars['ID']['output'];
  viewerCan: CommentPermissions;
};

/** What I may do with a comment */
export type CommentPermissions = {
  __typename?: 'CommentPermissions';
  delete: Scalars['Boolean']['output'];
  edit: Scalars['Boolean']['output'];
};

/** What the council recommended and what changed, for one two-week period */
export type CouncilDigestView = {
  __typename?: 'CouncilDigestView';
  /** Everyone credited, by name */
  contributors: Array<User>;
  entries: Array<DigestEntryView>;
  /** Email-ready HTML */
  html: Scalars['String']['output'];
  periodEnd: Scalars['DateTimeISO']['output'];
  /** The period's first day (YYYY-MM-DD): the digest's key */
  periodKey: Scalars['String']['output'];
  periodStart: Scalars['DateTimeISO']['output'];
  planId: Scalars['ID']['output'];
  /** When this period's digest was mailed */
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  text: Scalars['String']['output'];
};

export type CouncilMember = {
  __typename?: 'CouncilMember';
  /** Away (skipped by the rotation) up to and including this day */
  awayUntil?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: CouncilSeatKind;
  /** The region the seat stands for; "CRM / sales ops" for that group */
  region: Scalars['String']['output'];
  /** Last day of the term; null while open-ended */
  termEnd?: Maybe<Scalars['String']['output']>;
  /** First day of the term (YYYY-MM-DD) */
  termStart: Scalars['String']['output'];
  user: User;
};

export type CouncilSeatKind =
  | 'REGION'
  | 'SALES_OPS';

/** A tactic a council member reviews in this plan */
export type CouncilTacticView = {
  __typename?: 'CouncilTacticView';
  sectionId: Scalars['String']['output'];
  state: ReviewCoverageState;
  title: Scalars['String']['output'];
};

export type CoveredSection = {
  __typename?: 'CoveredSection';
  hash: Scalars['String']['output'];
  sectionId: Scalars['ID']['output'];
};

export type CreateCampaignInput = {
  channel: Scalars['String']['input'];
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD in the organisation's time zone */
  launchDate: Scalars['String']['input'];
  name: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
  /** Days of sales preparation before launch (default 14) */
  prepDays?: InputMaybe<Scalars['Int']['input']>;
  productFocus?: InputMaybe<Scalars['String']['input']>;
  region: Scalars['String']['input'];
  segment?: InputMaybe<Scalars['String']['input']>;
};

export type CreateFeedbackSessionInput = {
  /** Overrides the rotation: exactly these regional managers come */
  managerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  planId: Scalars['ID']['input'];
  scheduledAt: Scalars['DateTime']['input'];
};

export type CreatePlanInput = {
  title: Scalars['String']['input'];
};

export type CreatePollInput = {
  options: Array<Scalars['String']['input']>;
  planId: Scalars['ID']['input'];
  question: Scalars['String']['input'];
};

export type CreateThreadInput = {
  /** Without it, the thread is about the whole plan */
  anchor?: InputMaybe<AnchorInput>;
  /** The opening comment */
  body: Scalars['String']['input'];
  /** A criterion of the plan's lead definition the thread is about (no anchor, no suggestion) */
  criterionId?: InputMaybe<Scalars['ID']['input']>;
  planId: Scalars['ID']['input'];
  /** Replacement for the anchored text (needs an anchor) */
  suggestion?: InputMaybe<Scalars['String']['input']>;
};

export type CutVersionInput = {
  /** Optional, e.g. "Council review draft" */
  name?: InputMaybe<Scalars['String']['input']>;
  planId: Scalars['ID']['input'];
};

export type DecideCampaignGoalInput = {
  /** ACCEPTED or QUESTIONED */
  decision: CampaignGoalStatus;
  goalId: Scalars['ID']['input'];
  /** Required when questioning */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** One thing that changed through the council */
export type DigestEntryView = {
  __typename?: 'DigestEntryView';
  at: Scalars['DateTimeISO']['output'];
  creditedUserIds: Array<Scalars['ID']['output']>;
  section: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type EditCommentInput = {
  body: Scalars['String']['input'];
  commentId: Scalars['ID']['input'];
};

export type FeedbackCadence =
  | 'BIWEEKLY'
  | 'MONTHLY'
  | 'WEEKLY';

/** Someone on a feedback call */
export type FeedbackParticipantView = {
  __typename?: 'FeedbackParticipantView';
  email: Scalars['String']['output'];
  kind: ParticipantKind;
  name: Scalars['String']['output'];
  /** The region a rotating manager brings */
  region?: Maybe<Scalars['String']['output']>;
  userId: Scalars['ID']['output'];
};

/** How a plan's feedback call recurs */
export type FeedbackSeriesView = {
  __typename?: 'FeedbackSeriesView';
  cadence: FeedbackCadence;
  managersPerSession: Scalars['Int']['output'];
  /** The next call by the cadence, after the latest scheduled one */
  nextSessionAt?: Maybe<Scalars['DateTimeISO']['output']>;
  planId: Scalars['ID']['output'];
  standingParticipantIds: Array<Scalars['ID']['output']>;
};

export type FeedbackSession = {
  __typename?: 'FeedbackSession';
  actionItems: Array<ActionItem>;
  /** In order; generated items first, then those added by hand */
  agenda: Array<AgendaItem>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Notes taken during the call */
  notes: Scalars['String']['output'];
  participants: Array<FeedbackParticipantView>;
  planId: Scalars['ID']['output'];
  scheduledAt: Scalars['DateTimeISO']['output'];
};

/** A field member and their acknowledgement of the lead definition */
export type FieldAcknowledgement = {
  __typename?: 'FieldAcknowledgement';
  acknowledgedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The revision they acknowledged last */
  acknowledgedRevision?: Maybe<Scalars['Int']['output']>;
  /** They acknowledged the rubric as it is now published */
  isCurrent: Scalars['Boolean']['output'];
  user: User;
};

export type FieldInsight = {
  __typename?: 'FieldInsight';
  author: User;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: InsightKind;
  product?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
  segment?: Maybe<Scalars['String']['output']>;
};

export type GradeLeadInput = {
  /** The lead's attributes: { industry: "Manufacturing", employees: 250, demoRequested: true } */
  attributes: Scalars['JSON']['input'];
  planId: Scalars['ID']['input'];
};

export type InsightFilterInput = {
  /** At most this many, newest first (default 50, at most 200) */
  first?: InputMaybe<Scalars['Int']['input']>;
  product?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  segment?: InputMaybe<Scalars['String']['input']>;
};

export type InsightKind =
  | 'BUYING_GROUP'
  | 'COMPETITOR_MOVE'
  | 'MICRO_TREND'
  | 'PAIN_POINT';

export type Invitation = {
  __typename?: 'Invitation';
  acceptedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The admin who sent it */
  invitedBy?: Maybe<User>;
  isAdmin: Scalars['Boolean']['output'];
  jobTitle?: Maybe<Scalars['String']['output']>;
  /** The name the admin wrote; the invitee may change it when accepting */
  name: Scalars['String']['output'];
  /** Plans the person joins on accepting, with their role in each */
  plans: Array<InvitationPlan>;
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the link was last mailed or handed out (re-sending renews it) */
  sentAt: Scalars['DateTimeISO']['output'];
  status: InvitationStatus;
};

export type InvitationPlan = {
  __typename?: 'InvitationPlan';
  planId: Scalars['ID']['output'];
  /** The plan's title */
  planTitle: Scalars['String']['output'];
  role: PlanRole;
};

export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  email: Scalars['String']['output'];
  invitedByName: Scalars['String']['output'];
  /** The name the admin wrote, to start from */
  name: Scalars['String']['output'];
  organizationName: Scalars['String']['output'];
  plans: Array<InvitationPreviewPlan>;
};

export type InvitationPreviewPlan = {
  __typename?: 'InvitationPreviewPlan';
  role: PlanRole;
  title: Scalars['String']['output'];
};

/** Where an invitation stands */
export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

/** A plan the invited person joins, and their role in it */
export type InvitePlanInput = {
  planId: Scalars['ID']['input'];
  role: PlanRole;
};

export type InviteUserInput = {
  email: Scalars['String']['input'];
  isAdmin?: Scalars['Boolean']['input'];
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Plans to join on accepting */
  plans?: Array<InvitePlanInput>;
};

export type InviteUserPayload = {
  __typename?: 'InviteUserPayload';
  /** Whether the link went out by mail */
  emailed: Scalars['Boolean']['output'];
  invitation: Invitation;
  /** The link to pass on (its last path segment is the token); null when it was mailed (SMTP_URL set) */
  inviteUrl?: Maybe<Scalars['String']['output']>;
};

export type LeadCriterion = {
  __typename?: 'LeadCriterion';
  /** The lead attribute it reads: industry, employees, role, demoRequested... */
  attribute: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: LeadCriterionKind;
  label: Scalars['String']['output'];
  operator: LeadCriterionOperator;
  points: Scalars['Int']['output'];
  values: Array<Scalars['String']['output']>;
};

/** One criterion; an id keeps (and updates) an existing one, none adds one */
export type LeadCriterionInput = {
  /** The lead attribute it reads, e.g. industry, employees, role, demoRequested */
  attribute: Scalars['String']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: LeadCriterionKind;
  label: Scalars['String']['input'];
  operator: LeadCriterionOperator;
  points: Scalars['Int']['input'];
  values: Array<Scalars['String']['input']>;
};

export type LeadCriterionKind =
  | 'ENGAGEMENT'
  | 'FIT';

export type LeadCriterionOperator =
  | 'AT_LEAST'
  | 'AT_MOST'
  | 'EQUALS_ANY'
  | 'IS_TRUE';

export type LeadDefinition = {
  __typename?: 'LeadDefinition';
  cosignedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  cosignedBy?: Maybe<User>;
  cosignedRevision?: Maybe<Scalars['Int']['output']>;
  criteria: Array<LeadCriterion>;
  /** Every field member and whether they acknowledged the current rubric */
  fieldAcknowledgements: Array<FieldAcknowledgement>;
  /** Who calls which grade (field rep, inside sales / teleprospecting) */
  gradingResponsibility: Scalars['String']['output'];
  /** A sales director co-signed the revision that is current and published */
  isCosigned: Scalars['Boolean']['output'];
  planId: Scalars['ID']['output'];
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  publishedBy?: Maybe<User>;
  publishedRevision?: Maybe<Scalars['Int']['output']>;
  /** What the plan calls a qualified lead */
  qualifiedLeadDefinition: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  status: LeadDefinitionStatus;
  /** Lowest score graded A */
  thresholdA: Scalars['Int']['output'];
  /** Lowest score graded B */
  thresholdB: Scalars['Int']['output'];
  /** Lowest score graded C; below it, not a lead */
  thresholdC: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type LeadDefinitionStatus =
  | 'CHANGED'
  | 'DRAFT'
  | 'PUBLISHED';

export type LeadGrade =
  | 'A'
  | 'B'
  | 'C'
  | 'NOT_A_LEAD';

/** A lead graded against the plan's current rubric */
export type LeadGrading = {
  __typename?: 'LeadGrading';
  /** The criteria that fired, in rubric order */
  firedCriteria: Array<LeadCriterion>;
  grade: LeadGrade;
  /** Attributes some criterion needs that the lead lacks */
  missingAttributes: Array<Scalars['String']['output']>;
  score: Scalars['Int']['output'];
};

export type LinkInsightInput = {
  insightId: Scalars['ID']['input'];
  planId: Scalars['ID']['input'];
  sectionId: Scalars['String']['input'];
};

export type LogInsightInput = {
  body: Scalars['String']['input'];
  kind: InsightKind;
  product?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  segment?: InputMaybe<Scalars['String']['input']>;
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LoginPayload = {
  __typename?: 'LoginPayload';
  user: User;
};

export type Me = {
  __typename?: 'Me';
  /** What I may do in my organisation */
  can: OrganizationPermissions;
  color: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  isAdmin: Scalars['Boolean']['output'];
  isPlanCreator: Scalars['Boolean']['output'];
  jobTitle?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  organization: Organization;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates my account from an invitation link and signs me in */
  acceptInvite: AcceptInvitePayload;
  /** Applies the suggested edit to the document and resolves the thread; CONFLICT if the text changed, unless confirm */
  acceptSuggestion: Thread;
  /** A field rep acknowledges the published revision */
  acknowledgeLeadDefinition: LeadDefinition;
  addActionItem: ActionItem;
  addAgendaItem: AgendaItem;
  /** Adds a goal its named sales owner must accept */
  addCampaignGoal: Campaign;
  addPlanMember: PlanMember;
  /** Adds a kick-off, quarter end or blackout to the calendar */
  addSalesEvent: SalesEvent;
  /** Answers a poll (or changes my answer) */
  answerPoll: PollView;
  /** Approves exactly this version, which must be the one submitted */
  approveVersion: Signoff;
  archivePlan: Plan;
  /** Names the council member who reviews a tactic section */
  assignSectionReviewer: PlanSection;
  /** Changes my password and signs out every other browser; this one stays signed in */
  changePassword: ChangePasswordPayload;
  changePlanMemberRole: PlanMember;
  /** Closes the item; its linked thread is resolved with a reply naming the session */
  closeActionItem: ActionItem;
  /** A sales director co-signs the published revision */
  cosignLeadDefinition: LeadDefinition;
  /** Adds a campaign; its warnings are computed against the whole calendar */
  createCampaign: Campaign;
  /** Schedules a feedback call: rotation, agenda from the plan's open items, notices and mail to its participants */
  createFeedbackSession: FeedbackSession;
  createPlan: Plan;
  /** Puts a quick question to the plan's field (the owner) */
  createPoll: PollView;
  /** Opens a thread: on a range of text (anchor), or on the plan; optionally suggesting a replacement */
  createThread: Thread;
  /** Fixes the plan as it is now as the next numbered, hashed version */
  cutVersion: PlanVersion;
  deactivateUser: User;
  /** The goal's sales owner accepts it or questions it (with a reason) */
  decideCampaignGoal: CampaignGoal;
  /** Removes a campaign and its goals; returns its id */
  deleteCampaign: Scalars['ID']['output'];
  /** Removes my comment's text; its place in the thread stays */
  deleteComment: Comment;
  /** Changes my comment's text */
  editComment: Comment;
  /** The same as the query, for clients that send it as a mutation; changes nothing */
  gradeLead: LeadGrading;
  /** Invites a person by link (mailed when SMTP is set up), optionally into plans */
  inviteUser: InviteUserPayload;
  /** Links an insight to a section of a plan (marketing) */
  linkInsight: FieldInsight;
  /** Logs a pain point, competitor move, micro-trend or buying-group role seen in the field */
  logInsight: FieldInsight;
  /** Signs in and sets the HttpOnly session cookie */
  login: LoginPayload;
  /** Ends this browser's session */
  logout: Scalars['Boolean']['output'];
  /** Marks these notifications of mine read (all unread ones without ids); returns how many changed */
  markNotificationsRead: Scalars['Int']['output'];
  /** Publishes the current revision to the field and notifies every field member */
  publishLeadDefinition: LeadDefinition;
  reactivateUser: User;
  recordStrategySession: StrategySession;
  /** Declines the suggested edit with a reason; the document is unchanged */
  rejectSuggestion: Thread;
  removeCampaignGoal: Campaign;
  removeCouncilMember: Scalars['Boolean']['output'];
  removePlanMember: Scalars['Boolean']['output'];
  /** Removes a sales event; returns its id */
  removeSalesEvent: Scalars['ID']['output'];
  renamePlan: Plan;
  reopenThread: Thread;
  replyToThread: Comment;
  /** Asks for changes to exactly this version, which must be the one submitted */
  requestChanges: Signoff;
  /** Mails a reset link if the address has an account; answers the same either way */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Submits a version for sign-off by the approvers named */
  requestSignoff: Signoff;
  /** A new link for a pending or expired invitation; the old link stops working */
  resendInvitation: InviteUserPayload;
  /** Sets a new password through a reset link, signs out everywhere and signs in here */
  resetPassword: LoginPayload;
  resolveThread: Thread;
  /** Makes a version's content the live draft again, as a new change */
  restoreVersion: Plan;
  /** The tactic's assigned reviewer marks it reviewed, or asks for changes, on one version */
  reviewTactic: TacticReview;
  /** Replaces the plan's calendar feed address (the old one answers 404); returns the new one */
  revokeCalendarFeed: Scalars['String']['output'];
  /** Withdraws an invitation: its link stops working */
  revokeInvitation: Invitation;
  /** Saves the whole rubric; a change after publishing makes acknowledgements stale */
  saveLeadDefinition: LeadDefinition;
  /** Mails the current period's digest to every member now (once per period) */
  sendCouncilDigest: CouncilDigestView;
  /** Seats a colleague on the council or changes their seat and term (admins) */
  setCouncilMember: CouncilMember;
  /** Marks a member away (the rotation skips them); admins, or members for themselves */
  setCouncilMemberAway: CouncilMember;
  setFeedbackSeries: FeedbackSeriesView;
  /** Sets the organisation's time zone (IANA name), in which campaign dates are read */
  setOrganizationTimeZone: Organization;
  /** Who may start plans in my organisation (admins) */
  setPlanCreation: Organization;
  /** Names (or un-names) a person who may start plans when the organisation limits it to named people (admins) */
  setPlanCreator: User;
  /** Sets the products sales pushes in a quarter; returns every quarter's focus */
  setSalesFocus: Array<SalesFocus>;
  unarchivePlan: Plan;
  unlinkInsight: FieldInsight;
  /** Changes my own name and job title */
  updateAccount: User;
  /** Changes a campaign, its dates or its enablement checklist */
  updateCampaign: Campaign;
  updateSessionNotes: FeedbackSession;
};


export type MutationAcceptInviteArgs = {
  input: AcceptInviteInput;
};


export type MutationAcceptSuggestionArgs = {
  confirm?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationAcknowledgeLeadDefinitionArgs = {
  planId: Scalars['ID']['input'];
};


export type MutationAddActionItemArgs = {
  input: AddActionItemInput;
};


export type MutationAddAgendaItemArgs = {
  input: AddAgendaItemInput;
};


export type MutationAddCampaignGoalArgs = {
  input: AddCampaignGoalInput;
};


export type MutationAddPlanMemberArgs = {
  input: AddPlanMemberInput;
};


export type MutationAddSalesEventArgs = {
  input: AddSalesEventInput;
};


export type MutationAnswerPollArgs = {
  input: AnswerPollInput;
};


export type MutationApproveVersionArgs = {
  input: ApproveVersionInput;
};


export type MutationArchivePlanArgs = {
  planId: Scalars['ID']['input'];
};


export type MutationAssignSectionReviewerArgs = {
  input: AssignSectionReviewerInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationChangePlanMemberRoleArgs = {
  input: ChangePlanMemberRoleInput;
};


export type MutationCloseActionItemArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCosignLeadDefinitionArgs = {
  planId: Scalars['ID']['input'];
};


export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


export type MutationCreateFeedbackSessionArgs = {
  input: CreateFeedbackSessionInput;
};


export type MutationCreatePlanArgs = {
  input: CreatePlanInput;
};


export type MutationCreatePollArgs = {
  input: CreatePollInput;
};


export type MutationCreateThreadArgs = {
  input: CreateThreadInput;
};


export type MutationCutVersionArgs = {
  input: CutVersionInput;
};


export type MutationDeactivateUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationDecideCampaignGoalArgs = {
  input: DecideCampaignGoalInput;
};


export type MutationDeleteCampaignArgs = {
  campaignId: Scalars['ID']['input'];
};


export type MutationDeleteCommentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEditCommentArgs = {
  input: EditCommentInput;
};


export type MutationGradeLeadArgs = {
  input: GradeLeadInput;
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationLinkInsightArgs = {
  input: LinkInsightInput;
};


export type MutationLogInsightArgs = {
  input: LogInsightInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationPublishLeadDefinitionArgs = {
  planId: Scalars['ID']['input'];
};


export type MutationReactivateUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRecordStrategySessionArgs = {
  input: RecordStrategySessionInput;
};


export type MutationRejectSuggestionArgs = {
  input: RejectSuggestionInput;
};


export type MutationRemoveCampaignGoalArgs = {
  goalId: Scalars['ID']['input'];
};


export type MutationRemoveCouncilMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemovePlanMemberArgs = {
  input: RemovePlanMemberInput;
};


export type MutationRemoveSalesEventArgs = {
  eventId: Scalars['ID']['input'];
};


export type MutationRenamePlanArgs = {
  input: RenamePlanInput;
};


export type MutationReopenThreadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReplyToThreadArgs = {
  input: ReplyToThreadInput;
};


export type MutationRequestChangesArgs = {
  input: RequestChangesInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationRequestSignoffArgs = {
  input: RequestSignoffInput;
};


export type MutationResendInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationResolveThreadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreVersionArgs = {
  input: RestoreVersionInput;
};


export type MutationReviewTacticArgs = {
  input: ReviewTacticInput;
};


export type MutationRevokeCalendarFeedArgs = {
  planId: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};


export type MutationSaveLeadDefinitionArgs = {
  input: SaveLeadDefinitionInput;
};


export type MutationSendCouncilDigestArgs = {
  planId: Scalars['ID']['input'];
};


export type MutationSetCouncilMemberArgs = {
  input: SetCouncilMemberInput;
};


export type MutationSetCouncilMemberAwayArgs = {
  input: SetCouncilMemberAwayInput;
};


export type MutationSetFeedbackSeriesArgs = {
  input: SetFeedbackSeriesInput;
};


export type MutationSetOrganizationTimeZoneArgs = {
  timeZone: Scalars['String']['input'];
};


export type MutationSetPlanCreationArgs = {
  planCreation: PlanCreation;
};


export type MutationSetPlanCreatorArgs = {
  isPlanCreator: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSetSalesFocusArgs = {
  input: SetSalesFocusInput;
};


export type MutationUnarchivePlanArgs = {
  planId: Scalars['ID']['input'];
};


export type MutationUnlinkInsightArgs = {
  input: LinkInsightInput;
};


export type MutationUpdateAccountArgs = {
  input: UpdateAccountInput;
};


export type MutationUpdateCampaignArgs = {
  input: UpdateCampaignInput;
};


export type MutationUpdateSessionNotesArgs = {
  input: UpdateSessionNotesInput;
};

export type Notification = {
  __typename?: 'Notification';
  /** Who did it */
  actor: User;
  comment?: Maybe<Comment>;
  createdAt: Scalars['DateTimeISO']['output'];
  feedbackSessionId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  isRead: Scalars['Boolean']['output'];
  kind: NotificationKind;
  planId: Scalars['ID']['output'];
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** null for notices about a feedback session or the plan itself */
  thread?: Maybe<Thread>;
};

/** A new notification for me */
export type NotificationEvent = {
  __typename?: 'NotificationEvent';
  notification: Notification;
  unreadCount: Scalars['Int']['output'];
};

export type NotificationKind =
  | 'FEEDBACK_AGENDA'
  | 'LEAD_DEFINITION_PUBLISHED'
  | 'MENTION'
  | 'REPLY'
  | 'RESOLVED'
  | 'SUGGESTION_ACCEPTED'
  | 'SUGGESTION_REJECTED';

export type NotificationsInput = {
  /** At most this many, newest first (default 50, at most 200) */
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Organization = {
  __typename?: 'Organization';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Who may start plans: everyone, admins, or admins and the people named */
  planCreation: PlanCreation;
  timeZone: Scalars['String']['output'];
};

export type OrganizationPermissions = {
  __typename?: 'OrganizationPermissions';
  /** Start a new plan (the organisation's plan-creation setting) */
  createPlan: Scalars['Boolean']['output'];
  /** Change organisation settings such as who may start plans */
  manageSettings: Scalars['Boolean']['output'];
  /** Invite, deactivate and reactivate people */
  manageUsers: Scalars['Boolean']['output'];
};

export type ParticipantKind =
  | 'ROTATION'
  | 'STANDING';

export type Plan = {
  __typename?: 'Plan';
  /** Absolute iCalendar feed address (launches and prep windows); the secret in it is revocable */
  calendarFeedUrl: Scalars['String']['output'];
  /** Campaigns, sales events and focus, with warnings */
  campaignCalendar: CampaignCalendar;
  /** The seated council and the tactic each member reviews here */
  council: Array<PlanCouncilSeatView>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Feedback calls, latest first */
  feedbackSessions: Array<FeedbackSession>;
  id: Scalars['ID']['output'];
  /** The lead definition: rubric, thresholds, who acknowledged it */
  leadDefinition: LeadDefinition;
  members: Array<PlanMember>;
  /** My role in this plan */
  myRole?: Maybe<PlanRole>;
  owner: User;
  /** Quick polls to the field, newest first */
  polls: Array<PollView>;
  /** Field insights linked to the plan's sections */
  sectionInsights: Array<SectionInsight>;
  sections: Array<PlanSection>;
  /** The open submission (not superseded), if any */
  signoff?: Maybe<Signoff>;
  status: PlanStatus;
  strategySessions: Array<StrategySession>;
  /** Comment threads, oldest first */
  threads: Array<Thread>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Versions, newest first */
  versions: Array<PlanVersion>;
  /** What I may do with this plan (ask this rather than compare roles) */
  viewerCan: PlanPermissions;
};


export type PlanCampaignCalendarArgs = {
  filter?: InputMaybe<CampaignFilterInput>;
};


export type PlanThreadsArgs = {
  filter?: InputMaybe<ThreadFilterInput>;
};

/** A council member as one plan sees them */
export type PlanCouncilSeatView = {
  __typename?: 'PlanCouncilSeatView';
  member: CouncilMember;
  tactics: Array<CouncilTacticView>;
};

/** Who may start plans in the organisation */
export type PlanCreation =
  | 'ADMINS'
  | 'EVERYONE'
  | 'NAMED';

export type PlanDiff = {
  __typename?: 'PlanDiff';
  from: PlanVersion;
  /** In the newer plan's order, removed sections last */
  sections: Array<SectionDiff>;
  /** null when comparing with the live draft */
  to?: Maybe<PlanVersion>;
};

export type PlanFilterInput = {
  /** Only plans I own */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Without it, every plan but archived ones */
  status?: InputMaybe<PlanStatus>;
};

export type PlanMember = {
  __typename?: 'PlanMember';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  role: PlanRole;
  user: User;
};

export type PlanPermissions = {
  __typename?: 'PlanPermissions';
  /** Acknowledge the published lead definition (field reps) */
  acknowledgeLeads: Scalars['Boolean']['output'];
  approve: Scalars['Boolean']['output'];
  /** Archive, or un-archive an archived plan */
  archive: Scalars['Boolean']['output'];
  assignReviewer: Scalars['Boolean']['output'];
  comment: Scalars['Boolean']['output'];
  /** Co-sign the published lead definition (sales directors) */
  cosignLeads: Scalars['Boolean']['output'];
  /** Put a quick poll to the field */
  createPoll: Scalars['Boolean']['output'];
  cutVersion: Scalars['Boolean']['output'];
  /** Accept or question campaign goals (the goal's named sales owner only) */
  decideGoal: Scalars['Boolean']['output'];
  /** Add and change campaigns, sales events and sales focus */
  editCampaigns: Scalars['Boolean']['output'];
  /** Draft and publish the lead definition */
  editLeads: Scalars['Boolean']['output'];
  /** Write the shared text */
  editText: Scalars['Boolean']['output'];
  /** Download any version, drafts included */
  export: Scalars['Boolean']['output'];
  /** Download or present the approved version */
  exportApproved: Scalars['Boolean']['output'];
  /** Link a field insight to a section */
  linkInsight: Scalars['Boolean']['output'];
  manageMembers: Scalars['Boolean']['output'];
  rename: Scalars['Boolean']['output'];
  requestSignoff: Scalars['Boolean']['output'];
  /** Put a version's content back as the draft */
  restore: Scalars['Boolean']['output'];
  /** Mark a tactic reviewed or ask for changes (the assigned reviewer only) */
  reviewTactic: Scalars['Boolean']['output'];
  /** Replace the calendar feed address, cutting off the old one */
  revokeCalendarFeed: Scalars['Boolean']['output'];
  /** Run the feedback calls: sessions, agenda, notes, action items */
  runFeedback: Scalars['Boolean']['output'];
  /** Send the council digest now */
  sendDigest: Scalars['Boolean']['output'];
  suggest: Scalars['Boolean']['output'];
  viewAudit: Scalars['Boolean']['output'];
};

/** A member's role in one plan */
export type PlanRole =
  | 'APPROVER'
  | 'COMMENTER'
  | 'EDITOR'
  | 'OWNER'
  | 'VIEWER';

export type PlanSection = {
  __typename?: 'PlanSection';
  id: Scalars['ID']['output'];
  /** summary, positioning, tactic, lead-scoring, ... */
  kind: Scalars['String']['output'];
  /** The council member reviewing this tactic */
  reviewer?: Maybe<User>;
  title: Scalars['String']['output'];
};

export type PlanStatus =
  | 'APPROVED'
  | 'ARCHIVED'
  | 'CHANGES_REQUESTED'
  | 'DRAFT'
  | 'IN_REVIEW';

export type PlanVersion = {
  __typename?: 'PlanVersion';
  /** The plan as JSON (readPlan): sections with ProseMirror content */
  content: Scalars['JSONObject']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  createdBy: User;
  /** SHA-256 of the canonical JSON of the whole plan */
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** e.g. "Council review draft" */
  name?: Maybe<Scalars['String']['output']>;
  /** 1, 2, 3... per plan */
  number: Scalars['Int']['output'];
  planId: Scalars['ID']['output'];
  /** In plan order */
  sections: Array<VersionSection>;
};

/** How one region answered a poll */
export type PollRegionResult = {
  __typename?: 'PollRegionResult';
  /** Answers per option, in the poll's option order */
  counts: Array<Scalars['Int']['output']>;
  region: Scalars['String']['output'];
};

/** A quick poll to the field and its results */
export type PollView = {
  __typename?: 'PollView';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** My answer */
  myAnswer?: Maybe<Scalars['Int']['output']>;
  options: Array<Scalars['String']['output']>;
  question: Scalars['String']['output'];
  results: Array<PollRegionResult>;
  /** Answers per option, every region together */
  totals: Array<Scalars['Int']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** The plan's audit trail, verified */
  auditLog: AuditLogResult;
  /** The council digest of the current two-week period, so far */
  councilDigest: CouncilDigestView;
  /** My organisation's sales advisory council */
  councilRoster: Array<CouncilMember>;
  /** What changed in the live draft since a version */
  diffVersionWithDraft: PlanDiff;
  /** What changed from one version to another */
  diffVersions: PlanDiff;
  feedbackSeries: FeedbackSeriesView;
  feedbackSession: FeedbackSession;
  /** What the field logged, newest first, narrowed by tags */
  fieldInsights: Array<FieldInsight>;
  /** Scores and grades a lead against the plan's current rubric */
  gradeLead: LeadGrading;
  /** What an invitation link offers; null when the link cannot be used */
  invitation?: Maybe<InvitationPreview>;
  /** My organisation's invitations, newest first (admins) */
  invitations: Array<Invitation>;
  /** The signed-in user, or null */
  me?: Maybe<Me>;
  /** My notifications, newest first */
  notifications: Array<Notification>;
  plan: Plan;
  planVersion: PlanVersion;
  /** The plan's versions, newest first */
  planVersions: Array<PlanVersion>;
  /** Plans I am a member of, most recently changed first */
  plans: Array<Plan>;
  /** Who the rotation would bring to a call at this time */
  proposedRotation: Array<RotationProposal>;
  reviewCoverage: ReviewCoverage;
  thread: Thread;
  unreadNotificationCount: Scalars['Int']['output'];
  /** People in the signed-in user's organisation */
  users: Array<User>;
};


export type QueryAuditLogArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryCouncilDigestArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryDiffVersionWithDraftArgs = {
  versionId: Scalars['ID']['input'];
};


export type QueryDiffVersionsArgs = {
  fromVersionId: Scalars['ID']['input'];
  toVersionId: Scalars['ID']['input'];
};


export type QueryFeedbackSeriesArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryFeedbackSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFieldInsightsArgs = {
  filter?: InputMaybe<InsightFilterInput>;
};


export type QueryGradeLeadArgs = {
  input: GradeLeadInput;
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryNotificationsArgs = {
  input?: InputMaybe<NotificationsInput>;
};


export type QueryPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlanVersionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlanVersionsArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryPlansArgs = {
  filter?: InputMaybe<PlanFilterInput>;
};


export type QueryProposedRotationArgs = {
  planId: Scalars['ID']['input'];
  scheduledAt: Scalars['DateTime']['input'];
};


export type QueryReviewCoverageArgs = {
  planId: Scalars['ID']['input'];
};


export type QueryThreadArgs = {
  id: Scalars['ID']['input'];
};

export type RecordStrategySessionInput = {
  /** YYYY-MM-DD */
  heldOn: Scalars['String']['input'];
  notes: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
  /** Sections the notes bear on */
  sectionIds: Array<Scalars['String']['input']>;
};

export type RejectSuggestionInput = {
  reason: Scalars['String']['input'];
  threadId: Scalars['ID']['input'];
};

export type RemovePlanMemberInput = {
  planId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

export type RenamePlanInput = {
  planId: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type ReplyToThreadInput = {
  body: Scalars['String']['input'];
  threadId: Scalars['ID']['input'];
};

export type RequestChangesInput = {
  comment: Scalars['String']['input'];
  versionId: Scalars['ID']['input'];
};

export type RequestPasswordResetInput = {
  email: Scalars['String']['input'];
};

export type RequestSignoffInput = {
  /** Approvers who sign the whole plan */
  approverIds: Array<Scalars['ID']['input']>;
  /** Approvers who sign only the sections named */
  sectionApprovers?: InputMaybe<Array<SectionApproverInput>>;
  versionId: Scalars['ID']['input'];
};

export type ResetPasswordInput = {
  newPassword: Scalars['String']['input'];
  /** The last path segment of the reset link */
  token: Scalars['String']['input'];
};

export type RestoreVersionInput = {
  versionId: Scalars['ID']['input'];
};

/** Which tactics are reviewed for the version under review, which wait, which went stale */
export type ReviewCoverage = {
  __typename?: 'ReviewCoverage';
  sections: Array<ReviewCoverageEntry>;
  /** The submitted version, else the newest; null before the first version */
  version?: Maybe<PlanVersion>;
};

export type ReviewCoverageEntry = {
  __typename?: 'ReviewCoverageEntry';
  /** The assigned reviewer's latest review */
  review?: Maybe<TacticReview>;
  /** The assigned reviewer (authoritative) */
  reviewer?: Maybe<User>;
  sectionId: Scalars['ID']['output'];
  state: ReviewCoverageState;
  title: Scalars['String']['output'];
};

export type ReviewCoverageState =
  | 'CHANGES_NEEDED'
  | 'REVIEWED'
  | 'STALE'
  | 'UNASSIGNED'
  | 'WAITING';

export type ReviewTacticInput = {
  /** Required when changes are needed */
  comment?: InputMaybe<Scalars['String']['input']>;
  sectionId: Scalars['ID']['input'];
  state: TacticReviewState;
  versionId: Scalars['ID']['input'];
};

/** A regional manager the rotation proposes */
export type RotationProposal = {
  __typename?: 'RotationProposal';
  region: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

export type SalesEvent = {
  __typename?: 'SalesEvent';
  /** YYYY-MM-DD, inclusive */
  endDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: SalesEventKind;
  name: Scalars['String']['output'];
  /** Null: every region */
  region?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  startDate: Scalars['String']['output'];
};

export type SalesEventKind =
  | 'BLACKOUT'
  | 'KICKOFF'
  | 'QUARTER_END';

export type SalesFocus = {
  __typename?: 'SalesFocus';
  products: Array<Scalars['String']['output']>;
  /** YYYY-Qn */
  quarter: Scalars['String']['output'];
};

export type SaveLeadDefinitionInput = {
  criteria: Array<LeadCriterionInput>;
  gradingResponsibility: Scalars['String']['input'];
  planId: Scalars['ID']['input'];
  qualifiedLeadDefinition: Scalars['String']['input'];
  thresholdA: Scalars['Int']['input'];
  thresholdB: Scalars['Int']['input'];
  thresholdC: Scalars['Int']['input'];
};

/** An approver who signs only some sections */
export type SectionApproverInput = {
  approverId: Scalars['ID']['input'];
  sectionIds: Array<Scalars['ID']['input']>;
};

export type SectionChange =
  | 'ADDED'
  | 'EDITED'
  | 'MOVED'
  | 'REMOVED'
  | 'RENAMED'
  | 'UNCHANGED';

export type SectionDiff = {
  __typename?: 'SectionDiff';
  /** The most significant change; the flags tell every change */
  change: SectionChange;
  isEdited: Scalars['Boolean']['output'];
  isMoved: Scalars['Boolean']['output'];
  isRenamed: Scalars['Boolean']['output'];
  isReviewerChanged: Scalars['Boolean']['output'];
  previousTitle?: Maybe<Scalars['String']['output']>;
  sectionId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  /** The section's text, word by word, as unchanged, removed and added runs */
  words: Array<WordChange>;
};

/** An insight linked to one of the plan's sections */
export type SectionInsight = {
  __typename?: 'SectionInsight';
  insight: FieldInsight;
  sectionId: Scalars['String']['output'];
};

export type SetCouncilMemberAwayInput = {
  /** YYYY-MM-DD; null: back */
  awayUntil?: InputMaybe<Scalars['String']['input']>;
  memberId: Scalars['ID']['input'];
};

export type SetCouncilMemberInput = {
  kind: CouncilSeatKind;
  /** The region (regional seats); ignored for CRM / sales ops */
  region?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD; null while open-ended */
  termEnd?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  termStart: Scalars['String']['input'];
  userId: Scalars['ID']['input'];
};

export type SetFeedbackSeriesInput = {
  cadence: FeedbackCadence;
  managersPerSession: Scalars['Int']['input'];
  planId: Scalars['ID']['input'];
  /** Marketing and inside sales / teleprospecting: on every call */
  standingParticipantIds: Array<Scalars['ID']['input']>;
};

export type SetSalesFocusInput = {
  planId: Scalars['ID']['input'];
  /** The products sales pushes that quarter; empty clears it */
  products: Array<Scalars['String']['input']>;
  /** YYYY-Qn, e.g. 2027-Q1 */
  quarter: Scalars['String']['input'];
};

export type Signoff = {
  __typename?: 'Signoff';
  /** One per required approver */
  approvals: Array<SignoffApproval>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  requestedBy: User;
  status: SignoffStatus;
  supersededAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The version submitted */
  version: PlanVersion;
};

export type SignoffApproval = {
  __typename?: 'SignoffApproval';
  /** The version the decision was made on */
  approvedVersion?: Maybe<PlanVersion>;
  approver: User;
  comment?: Maybe<Scalars['String']['output']>;
  coveredSections?: Maybe<Array<CoveredSection>>;
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** Decided on an earlier submission and kept because nothing it covers changed */
  isCarriedOver: Scalars['Boolean']['output'];
  /** Sections this approver signs; null: the whole plan */
  sectionIds?: Maybe<Array<Scalars['ID']['output']>>;
  state: ApprovalState;
};

export type SignoffStatus =
  | 'APPROVED'
  | 'CHANGES_REQUESTED'
  | 'IN_REVIEW'
  | 'SUPERSEDED';

export type StrategySession = {
  __typename?: 'StrategySession';
  createdAt: Scalars['DateTimeISO']['output'];
  /** YYYY-MM-DD */
  heldOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  notes: Scalars['String']['output'];
  sectionIds: Array<Scalars['String']['output']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** My new notifications as they happen */
  notificationEvents: NotificationEvent;
  /** Threads of a plan created or changed by anyone; ends when I lose access */
  threadEvents: ThreadEvent;
};


export type SubscriptionThreadEventsArgs = {
  planId: Scalars['ID']['input'];
};

export type SuggestionStatus =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED';

export type TacticReview = {
  __typename?: 'TacticReview';
  comment?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  reviewer: User;
  sectionHash: Scalars['String']['output'];
  sectionId: Scalars['ID']['output'];
  state: TacticReviewState;
};

export type TacticReviewState =
  | 'CHANGES_NEEDED'
  | 'REVIEWED';

/** A comment thread on a plan, optionally anchored to text and carrying a suggested edit */
export type Thread = {
  __typename?: 'Thread';
  anchor?: Maybe<ThreadAnchor>;
  author: User;
  /** The opening comment first, then replies in order */
  comments: Array<Comment>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The lead-definition criterion the thread is about; null when it is not about one (or the criterion was deleted) */
  criterionId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  /** The anchored text was deleted; the quote says what it was */
  isOrphaned: Scalars['Boolean']['output'];
  planId: Scalars['ID']['output'];
  /** The anchored text when the thread was opened; kept when the text is deleted */
  quote?: Maybe<Scalars['String']['output']>;
  /** Why the suggestion was rejected */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  resolvedBy?: Maybe<User>;
  /** The anchored section; null for a plan-level thread */
  sectionId?: Maybe<Scalars['String']['output']>;
  status: ThreadStatus;
  /** Suggested replacement for the anchored text */
  suggestion?: Maybe<Scalars['String']['output']>;
  suggestionDecidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who accepted or rejected the suggestion */
  suggestionDecidedBy?: Maybe<User>;
  /** null when the thread carries no suggestion */
  suggestionStatus?: Maybe<SuggestionStatus>;
  updatedAt: Scalars['DateTimeISO']['output'];
  viewerCan: ThreadPermissions;
};

/** The thread's anchor as stored, for the client to turn into a highlight */
export type ThreadAnchor = {
  __typename?: 'ThreadAnchor';
  end: Scalars['String']['output'];
  quote: Scalars['String']['output'];
  sectionId: Scalars['String']['output'];
  start: Scalars['String']['output'];
};

/** Something happened to a thread of the plan */
export type ThreadEvent = {
  __typename?: 'ThreadEvent';
  kind: ThreadEventKind;
  planId: Scalars['ID']['output'];
  thread: Thread;
};

export type ThreadEventKind =
  | 'CREATED'
  | 'REOPENED'
  | 'REPLIED'
  | 'RESOLVED'
  | 'SUGGESTION_ACCEPTED'
  | 'SUGGESTION_REJECTED'
  | 'UPDATED';

export type ThreadFilterInput = {
  /** Only threads about this lead-definition criterion */
  criterionId?: InputMaybe<Scalars['ID']['input']>;
  isOrphaned?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only threads I opened */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  sectionId?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ThreadStatus>;
};

/** What I may do with a thread */
export type ThreadPermissions = {
  __typename?: 'ThreadPermissions';
  acceptSuggestion: Scalars['Boolean']['output'];
  /** Delete the opening comment */
  delete: Scalars['Boolean']['output'];
  /** Edit the opening comment */
  edit: Scalars['Boolean']['output'];
  rejectSuggestion: Scalars['Boolean']['output'];
  reopen: Scalars['Boolean']['output'];
  reply: Scalars['Boolean']['output'];
  resolve: Scalars['Boolean']['output'];
};

export type ThreadStatus =
  | 'OPEN'
  | 'RESOLVED';

export type UpdateAccountInput = {
  /** What colleagues know me as; blank clears it */
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

/** Only the fields given change */
export type UpdateCampaignInput = {
  campaignId: Scalars['ID']['input'];
  channel?: InputMaybe<Scalars['String']['input']>;
  competitivePositioningReady?: InputMaybe<Scalars['Boolean']['input']>;
  /** An empty string clears it */
  endDate?: InputMaybe<Scalars['String']['input']>;
  launchDate?: InputMaybe<Scalars['String']['input']>;
  leadListReady?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  objectionHandlingReady?: InputMaybe<Scalars['Boolean']['input']>;
  prepDays?: InputMaybe<Scalars['Int']['input']>;
  /** An empty string clears it */
  productFocus?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  /** An empty string clears it */
  segment?: InputMaybe<Scalars['String']['input']>;
  talkTrackReady?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateSessionNotesInput = {
  notes: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};

export type User = {
  __typename?: 'User';
  color: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  isActive: Scalars['Boolean']['output'];
  isAdmin: Scalars['Boolean']['output'];
  isPlanCreator: Scalars['Boolean']['output'];
  jobTitle?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  organization: Organization;
};

export type VersionSection = {
  __typename?: 'VersionSection';
  /** SHA-256 of the section's canonical JSON (id, kind, title, reviewer, content) */
  hash: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  sectionId: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type WordChange = {
  __typename?: 'WordChange';
  kind: WordChangeKind;
  text: Scalars['String']['output'];
};

export type WordChangeKind =
  | 'ADDED'
  | 'REMOVED'
  | 'SAME';

export type UpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;


export type UpdateAccountMutation = { __typename?: 'Mutation', updateAccount: { __typename?: 'User', id: string, name: string, jobTitle?: string | null } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: { __typename?: 'ChangePasswordPayload', endedSessions: number } };

export type LeadDefinitionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LeadDefinitionQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, title: string, viewerCan: { __typename?: 'PlanPermissions', editLeads: boolean, cosignLeads: boolean, acknowledgeLeads: boolean, comment: boolean }, threads: Array<{ __typename?: 'Thread', id: string, criterionId?: string | null, status: ThreadStatus, createdAt: string, author: { __typename?: 'User', id: string, name: string }, viewerCan: { __typename?: 'ThreadPermissions', reply: boolean, resolve: boolean, reopen: boolean }, comments: Array<{ __typename?: 'Comment', id: string, body: string, isDeleted: boolean, createdAt: string, author: { __typename?: 'User', id: string, name: string } }> }>, leadDefinition: { __typename?: 'LeadDefinition', planId: string, revision: number, status: LeadDefinitionStatus, qualifiedLeadDefinition: string, gradingResponsibility: string, thresholdA: number, thresholdB: number, thresholdC: number, publishedRevision?: number | null, publishedAt?: string | null, isCosigned: boolean, cosignedAt?: string | null, cosignedBy?: { __typename?: 'User', id: string, name: string } | null, criteria: Array<{ __typename?: 'LeadCriterion', id: string, kind: LeadCriterionKind, label: string, attribute: string, operator: LeadCriterionOperator, values: Array<string>, points: number }>, fieldAcknowledgements: Array<{ __typename?: 'FieldAcknowledgement', acknowledgedRevision?: number | null, acknowledgedAt?: string | null, isCurrent: boolean, user: { __typename?: 'User', id: string, name: string, jobTitle?: string | null } }> } } };

export type SaveLeadDefinitionMutationVariables = Exact<{
  input: SaveLeadDefinitionInput;
}>;


export type SaveLeadDefinitionMutation = { __typename?: 'Mutation', saveLeadDefinition: { __typename?: 'LeadDefinition', planId: string, revision: number, status: LeadDefinitionStatus } };

export type PublishLeadDefinitionMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type PublishLeadDefinitionMutation = { __typename?: 'Mutation', publishLeadDefinition: { __typename?: 'LeadDefinition', planId: string, revision: number, status: LeadDefinitionStatus } };

export type CosignLeadDefinitionMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type CosignLeadDefinitionMutation = { __typename?: 'Mutation', cosignLeadDefinition: { __typename?: 'LeadDefinition', planId: string, isCosigned: boolean } };

export type AcknowledgeLeadDefinitionMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type AcknowledgeLeadDefinitionMutation = { __typename?: 'Mutation', acknowledgeLeadDefinition: { __typename?: 'LeadDefinition', planId: string, revision: number } };

export type GradeLeadQueryVariables = Exact<{
  input: GradeLeadInput;
}>;


export type GradeLeadQuery = { __typename?: 'Query', gradeLead: { __typename?: 'LeadGrading', score: number, grade: LeadGrade, missingAttributes: Array<string>, firedCriteria: Array<{ __typename?: 'LeadCriterion', id: string, label: string, points: number }> } };

export type CampaignCalendarQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  filter?: InputMaybe<CampaignFilterInput>;
}>;


export type CampaignCalendarQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, title: string, calendarFeedUrl: string, viewerCan: { __typename?: 'PlanPermissions', editCampaigns: boolean, revokeCalendarFeed: boolean }, members: Array<{ __typename?: 'PlanMember', role: PlanRole, user: { __typename?: 'User', id: string, name: string } }>, campaignCalendar: { __typename?: 'CampaignCalendar', timeZone: string, today: string, regions: Array<string>, channels: Array<string>, campaigns: Array<{ __typename?: 'Campaign', id: string, name: string, channel: string, region: string, segment?: string | null, productFocus?: string | null, launchDate: string, endDate?: string | null, prepDays: number, prepStartDate: string, isEnablementReady: boolean, talkTrackReady: boolean, objectionHandlingReady: boolean, competitivePositioningReady: boolean, leadListReady: boolean, warnings: Array<{ __typename?: 'CampaignWarning', code: CampaignWarningCode, message: string }>, goals: Array<{ __typename?: 'CampaignGoal', id: string, kind: CampaignGoalKind, target: number, status: CampaignGoalStatus, note?: string | null, isMine: boolean, salesOwner?: { __typename?: 'User', id: string, name: string } | null }> }>, events: Array<{ __typename?: 'SalesEvent', id: string, kind: SalesEventKind, name: string, startDate: string, endDate: string, region?: string | null }>, focus: Array<{ __typename?: 'SalesFocus', quarter: string, products: Array<string> }> } } };

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;


export type CreateCampaignMutation = { __typename?: 'Mutation', createCampaign: { __typename?: 'Campaign', id: string, warnings: Array<{ __typename?: 'CampaignWarning', code: CampaignWarningCode }> } };

export type UpdateCampaignMutationVariables = Exact<{
  input: UpdateCampaignInput;
}>;


export type UpdateCampaignMutation = { __typename?: 'Mutation', updateCampaign: { __typename?: 'Campaign', id: string, isEnablementReady: boolean, warnings: Array<{ __typename?: 'CampaignWarning', code: CampaignWarningCode }> } };

export type DeleteCampaignMutationVariables = Exact<{
  campaignId: Scalars['ID']['input'];
}>;


export type DeleteCampaignMutation = { __typename?: 'Mutation', deleteCampaign: string };

export type AddCampaignGoalMutationVariables = Exact<{
  input: AddCampaignGoalInput;
}>;


export type AddCampaignGoalMutation = { __typename?: 'Mutation', addCampaignGoal: { __typename?: 'Campaign', id: string } };

export type DecideCampaignGoalMutationVariables = Exact<{
  input: DecideCampaignGoalInput;
}>;


export type DecideCampaignGoalMutation = { __typename?: 'Mutation', decideCampaignGoal: { __typename?: 'CampaignGoal', id: string, status: CampaignGoalStatus } };

export type AddSalesEventMutationVariables = Exact<{
  input: AddSalesEventInput;
}>;


export type AddSalesEventMutation = { __typename?: 'Mutation', addSalesEvent: { __typename?: 'SalesEvent', id: string } };

export type SetSalesFocusMutationVariables = Exact<{
  input: SetSalesFocusInput;
}>;


export type SetSalesFocusMutation = { __typename?: 'Mutation', setSalesFocus: Array<{ __typename?: 'SalesFocus', quarter: string }> };

export type RevokeCalendarFeedMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type RevokeCalendarFeedMutation = { __typename?: 'Mutation', revokeCalendarFeed: string };

export type CriterionThreadFieldsFragment = { __typename?: 'Thread', id: string, criterionId?: string | null, status: ThreadStatus, createdAt: string, author: { __typename?: 'User', id: string, name: string }, viewerCan: { __typename?: 'ThreadPermissions', reply: boolean, resolve: boolean, reopen: boolean }, comments: Array<{ __typename?: 'Comment', id: string, body: string, isDeleted: boolean, createdAt: string, author: { __typename?: 'User', id: string, name: string } }> };

export type CommentOnCriterionMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type CommentOnCriterionMutation = { __typename?: 'Mutation', createThread: { __typename?: 'Thread', id: string, criterionId?: string | null, status: ThreadStatus, createdAt: string, author: { __typename?: 'User', id: string, name: string }, viewerCan: { __typename?: 'ThreadPermissions', reply: boolean, resolve: boolean, reopen: boolean }, comments: Array<{ __typename?: 'Comment', id: string, body: string, isDeleted: boolean, createdAt: string, author: { __typename?: 'User', id: string, name: string } }> } };

export type ReplyOnCriterionMutationVariables = Exact<{
  input: ReplyToThreadInput;
}>;


export type ReplyOnCriterionMutation = { __typename?: 'Mutation', replyToThread: { __typename?: 'Comment', id: string } };

export type ResolveCriterionThreadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResolveCriterionThreadMutation = { __typename?: 'Mutation', resolveThread: { __typename?: 'Thread', id: string, criterionId?: string | null, status: ThreadStatus, createdAt: string, author: { __typename?: 'User', id: string, name: string }, viewerCan: { __typename?: 'ThreadPermissions', reply: boolean, resolve: boolean, reopen: boolean }, comments: Array<{ __typename?: 'Comment', id: string, body: string, isDeleted: boolean, createdAt: string, author: { __typename?: 'User', id: string, name: string } }> } };

export type ReopenCriterionThreadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReopenCriterionThreadMutation = { __typename?: 'Mutation', reopenThread: { __typename?: 'Thread', id: string, criterionId?: string | null, status: ThreadStatus, createdAt: string, author: { __typename?: 'User', id: string, name: string }, viewerCan: { __typename?: 'ThreadPermissions', reply: boolean, resolve: boolean, reopen: boolean }, comments: Array<{ __typename?: 'Comment', id: string, body: string, isDeleted: boolean, createdAt: string, author: { __typename?: 'User', id: string, name: string } }> } };

export type RemoveSalesEventMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
}>;


export type RemoveSalesEventMutation = { __typename?: 'Mutation', removeSalesEvent: string };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Me', id: string, email: string, name: string, jobTitle?: string | null, color: string, can: { __typename?: 'OrganizationPermissions', manageUsers: boolean, createPlan: boolean, manageSettings: boolean }, organization: { __typename?: 'Organization', id: string, name: string, planCreation: PlanCreation, timeZone: string } } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', user: { __typename?: 'User', id: string, email: string, name: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { __typename?: 'Query', invitation?: { __typename?: 'InvitationPreview', email: string, name: string, organizationName: string, invitedByName: string, plans: Array<{ __typename?: 'InvitationPreviewPlan', title: string, role: PlanRole }> } | null };

export type AcceptInviteMutationVariables = Exact<{
  input: AcceptInviteInput;
}>;


export type AcceptInviteMutation = { __typename?: 'Mutation', acceptInvite: { __typename?: 'AcceptInvitePayload', planIds: Array<string>, user: { __typename?: 'User', id: string } } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: { __typename?: 'LoginPayload', user: { __typename?: 'User', id: string } } };

export type ThreadFieldsFragment = { __typename?: 'Thread', id: string, status: ThreadStatus, sectionId?: string | null, quote?: string | null, isOrphaned: boolean, suggestion?: string | null, suggestionStatus?: SuggestionStatus | null, rejectionReason?: string | null, createdAt: string, resolvedAt?: string | null, anchor?: { __typename?: 'ThreadAnchor', sectionId: string, start: string, end: string, quote: string } | null, author: { __typename?: 'User', id: string, name: string, email: string, color: string }, resolvedBy?: { __typename?: 'User', id: string, name: string } | null, viewerCan: { __typename?: 'ThreadPermissions', reply: boolean, resolve: boolean, reopen: boolean, acceptSuggestion: boolean, rejectSuggestion: boolean }, comments: Array<{ __typename?: 'Comment', id: string, body: string, isDeleted: boolean, createdAt: string, editedAt?: string | null, author: { __typename?: 'User', id: string, name: string, email: string, color: string }, viewerCan: { __typename?: 'CommentPermissions', edit: boolean, delete: boolean } }> };

export type PlanThreadsQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type PlanThreadsQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, threads: Array<{ __typename?: 'Thread', id: string, status: ThreadStatus, sectionId?: string | null, quote?: string | null, isOrphaned: boolean, suggestion?: string | null, suggestionStatus?: SuggestionStatus | null, rejectionReason?: string | null, createdAt: string, resolvedAt?: string | null, anchor?: { __typename?: 'ThreadAnchor', sectionId: string, start: string, end: string, quote: string } | null, author: { __typename?: 'User', id: string, name: string, email: string, color: string }, resolvedBy?: { __typename?: 'User', id: string, name: string } | null, viewerCan: { __typename?: 'ThreadPermissions', reply: boolean, resolve: boolean, reopen: boolean, acceptSuggestion: boolean, rejectSuggestion: boolean }, comments: Array<{ __typename?: 'Comment', id: string, body: string, isDeleted: boolean, createdAt: string, editedAt?: string | null, author: { __typename?: 'User', id: string, name: string, email: string, color: string }, viewerCan: { __typename?: 'CommentPermissions', edit: boolean, delete: boolean } }> }> } };

export type ThreadEventsSubscriptionVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type ThreadEventsSubscription = { __typename?: 'Subscription', threadEvents: { __typename?: 'ThreadEvent', kind: ThreadEventKind, thread: { __typename?: 'Thread', id: string } } };

export type CreateThreadMutationVariables = Exact<{
  input: CreateThreadInput;
}>;


export type CreateThreadMutation = { __typename?: 'Mutation', createThread: { __typename?: 'Thread', id: string, status: ThreadStatus, sectionId?: string | null, quote?: string | null, isOrphaned: boolean, suggestion?: string | null, suggestionStatus?: SuggestionStatus | null, rejectionReason?: string | null, createdAt: string, resolvedAt?: string | null, anchor?: { __typename?: 'ThreadAnchor', sectionId: string, start: string, end: string, quote: string } | null, author: { __typename?: 'User', id: string, name: string, email: string, color: string }, resolvedBy?: { __typename?: 'User', id: string, name: string } | null, viewerCan: { __typename?: 'ThreadPermissions', reply: boolean, resolve: boolean, reopen: boolean, acceptSuggestion: boolean, rejectSuggestion: boolean }, comments: Array<{ __typename?: 'Comment', id: string, body: string, isDeleted: boolean, createdAt: string, editedAt?: string | null, author: { __typename?: 'User', id: string, name: string, email: string, color: string }, viewerCan: { __typename?: 'CommentPermissions', edit: boolean, delete: boolean } }> } };

export type ReplyToThreadMutationVariables = Exact<{
  input: ReplyToThreadInput;
}>;


export type ReplyToThreadMutation = { __typename?: 'Mutation', replyToThread: { __typename?: 'Comment', id: string } };

export type EditCommentMutationVariables = Exact<{
  input: EditCommentInput;
}>;


export type EditCommentMutation = { __typename?: 'Mutation', editComment: { __typename?: 'Comment', id: string, body: string, editedAt?: string | null } };

export type DeleteCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCommentMutation = { __typename?: 'Mutation', deleteComment: { __typename?: 'Comment', id: string, isDeleted: boolean } };

export type ResolveThreadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResolveThreadMutation = { __typename?: 'Mutation', resolveThread: { __typename?: 'Thread', id: string, status: ThreadStatus, sectionId?: string | null, quote?: string | null, isOrphaned: boolean, suggestion?: string | null, suggestionStatus?: SuggestionStatus | null, rejectionReason?: string | null, createdAt: string, resolvedAt?: string | null, anchor?: { __typename?: 'ThreadAnchor', sectionId: string, start: string, end: string, quote: string } | null, author: { __typename?: 'User', id: string, name: string, email: string, color: string }, resolvedBy?: { __typename?: 'User', id: string, name: string } | null, viewerCan: { __typename?: 'ThreadPermissions', reply: boolean, resolve: boolean, reopen: boolean, acceptSuggestion: boolean, rejectSuggestion: boolean }, comments: Array<{ __typename?: 'Comment', id: string, body: string, isDeleted: boolean, createdAt: string, editedAt?: string | null, author: { __typename?: 'User', id: string, name: string, email: string, color: string }, viewerCan: { __typename?: 'CommentPermissions', edit: boolean, delete: boolean } }> } };

export type ReopenThreadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReopenThreadMutation = { __typename?: 'Mutation', reopenThread: { __typename?: 'Thread', id: string, status: ThreadStatus, sectionId?: string | null, quote?: string | null, isOrphaned: boolean, suggestion?: string | null, suggestionStatus?: SuggestionStatus | null, rejectionReason?: string | null, createdAt: string, resolvedAt?: string | null, anchor?: { __typename?: 'ThreadAnchor', sectionId: string, start: string, end: string, quote: string } | null, author: { __typename?: 'User', id: string, name: string, email: string, color: string }, resolvedBy?: { __typename?: 'User', id: string, name: string } | null, viewerCan: { __typename?: 'ThreadPermissions', reply: boolean, resolve: boolean, reopen: boolean, acceptSuggestion: boolean, rejectSuggestion: boolean }, comments: Array<{ __typename?: 'Comment', id: string, body: string, isDeleted: boolean, createdAt: string, editedAt?: string | null, author: { __typename?: 'User', id: string, name: string, email: string, color: string }, viewerCan: { __typename?: 'CommentPermissions', edit: boolean, delete: boolean } }> } };

export type AcceptSuggestionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  confirm?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type AcceptSuggestionMutation = { __typename?: 'Mutation', acceptSuggestion: { __typename?: 'Thread', id: string, status: ThreadStatus, sectionId?: string | null, quote?: string | null, isOrphaned: boolean, suggestion?: string | null, suggestionStatus?: SuggestionStatus | null, rejectionReason?: string | null, createdAt: string, resolvedAt?: string | null, anchor?: { __typename?: 'ThreadAnchor', sectionId: string, start: string, end: string, quote: string } | null, author: { __typename?: 'User', id: string, name: string, email: string, color: string }, resolvedBy?: { __typename?: 'User', id: string, name: string } | null, viewerCan: { __typename?: 'ThreadPermissions', reply: boolean, resolve: boolean, reopen: boolean, acceptSuggestion: boolean, rejectSuggestion: boolean }, comments: Array<{ __typename?: 'Comment', id: string, body: string, isDeleted: boolean, createdAt: string, editedAt?: string | null, author: { __typename?: 'User', id: string, name: string, email: string, color: string }, viewerCan: { __typename?: 'CommentPermissions', edit: boolean, delete: boolean } }> } };

export type RejectSuggestionMutationVariables = Exact<{
  input: RejectSuggestionInput;
}>;


export type RejectSuggestionMutation = { __typename?: 'Mutation', rejectSuggestion: { __typename?: 'Thread', id: string, status: ThreadStatus, sectionId?: string | null, quote?: string | null, isOrphaned: boolean, suggestion?: string | null, suggestionStatus?: SuggestionStatus | null, rejectionReason?: string | null, createdAt: string, resolvedAt?: string | null, anchor?: { __typename?: 'ThreadAnchor', sectionId: string, start: string, end: string, quote: string } | null, author: { __typename?: 'User', id: string, name: string, email: string, color: string }, resolvedBy?: { __typename?: 'User', id: string, name: string } | null, viewerCan: { __typename?: 'ThreadPermissions', reply: boolean, resolve: boolean, reopen: boolean, acceptSuggestion: boolean, rejectSuggestion: boolean }, comments: Array<{ __typename?: 'Comment', id: string, body: string, isDeleted: boolean, createdAt: string, editedAt?: string | null, author: { __typename?: 'User', id: string, name: string, email: string, color: string }, viewerCan: { __typename?: 'CommentPermissions', edit: boolean, delete: boolean } }> } };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { __typename?: 'Query', unreadNotificationCount: number, notifications: Array<{ __typename?: 'Notification', id: string, kind: NotificationKind, isRead: boolean, createdAt: string, planId: string, feedbackSessionId?: string | null, actor: { __typename?: 'User', id: string, name: string, color: string }, thread?: { __typename?: 'Thread', id: string, quote?: string | null } | null, comment?: { __typename?: 'Comment', id: string, body: string } | null }> };

export type NotificationEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationEventsSubscription = { __typename?: 'Subscription', notificationEvents: { __typename?: 'NotificationEvent', unreadCount: number, notification: { __typename?: 'Notification', id: string } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type PlanCouncilQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type PlanCouncilQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, council: Array<{ __typename?: 'PlanCouncilSeatView', member: { __typename?: 'CouncilMember', id: string, kind: CouncilSeatKind, region: string, termStart: string, termEnd?: string | null, awayUntil?: string | null, user: { __typename?: 'User', id: string, name: string, color: string } }, tactics: Array<{ __typename?: 'CouncilTacticView', sectionId: string, title: string, state: ReviewCoverageState }> }> } };

export type FeedbackCallsQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type FeedbackCallsQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, title: string, viewerCan: { __typename?: 'PlanPermissions', runFeedback: boolean }, feedbackSessions: Array<{ __typename?: 'FeedbackSession', id: string, scheduledAt: string, agenda: Array<{ __typename?: 'AgendaItem', id: string }>, actionItems: Array<{ __typename?: 'ActionItem', id: string, isDone: boolean }>, participants: Array<{ __typename?: 'FeedbackParticipantView', userId: string, name: string }> }> }, feedbackSeries: { __typename?: 'FeedbackSeriesView', cadence: FeedbackCadence, managersPerSession: number, nextSessionAt?: string | null } };

export type CreateFeedbackSessionMutationVariables = Exact<{
  input: CreateFeedbackSessionInput;
}>;


export type CreateFeedbackSessionMutation = { __typename?: 'Mutation', createFeedbackSession: { __typename?: 'FeedbackSession', id: string, agenda: Array<{ __typename?: 'AgendaItem', kind: AgendaItemKind, threadId?: string | null }>, participants: Array<{ __typename?: 'FeedbackParticipantView', email: string }> } };

export type FeedbackSessionPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  planId: Scalars['ID']['input'];
}>;


export type FeedbackSessionPageQuery = { __typename?: 'Query', feedbackSession: { __typename?: 'FeedbackSession', id: string, planId: string, scheduledAt: string, notes: string, participants: Array<{ __typename?: 'FeedbackParticipantView', userId: string, name: string, email: string, kind: ParticipantKind, region?: string | null }>, agenda: Array<{ __typename?: 'AgendaItem', id: string, position: number, kind: AgendaItemKind, title: string, detail?: string | null, threadId?: string | null }>, actionItems: Array<{ __typename?: 'ActionItem', id: string, title: string, dueOn: string, threadId?: string | null, isDone: boolean, closedAt?: string | null, owner: { __typename?: 'User', id: string, name: string } }> }, plan: { __typename?: 'Plan', id: string, title: string, viewerCan: { __typename?: 'PlanPermissions', runFeedback: boolean }, members: Array<{ __typename?: 'PlanMember', user: { __typename?: 'User', id: string, name: string } }> } };

export type AddAgendaItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;


export type AddAgendaItemMutation = { __typename?: 'Mutation', addAgendaItem: { __typename?: 'AgendaItem', id: string } };

export type UpdateSessionNotesMutationVariables = Exact<{
  input: UpdateSessionNotesInput;
}>;


export type UpdateSessionNotesMutation = { __typename?: 'Mutation', updateSessionNotes: { __typename?: 'FeedbackSession', id: string, notes: string } };

export type AddActionItemMutationVariables = Exact<{
  input: AddActionItemInput;
}>;


export type AddActionItemMutation = { __typename?: 'Mutation', addActionItem: { __typename?: 'ActionItem', id: string } };

export type CloseActionItemMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseActionItemMutation = { __typename?: 'Mutation', closeActionItem: { __typename?: 'ActionItem', id: string, isDone: boolean, closedAt?: string | null } };

export type CouncilDigestPageQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type CouncilDigestPageQuery = { __typename?: 'Query', councilDigest: { __typename?: 'CouncilDigestView', periodKey: string, periodStart: string, periodEnd: string, sentAt?: string | null, entries: Array<{ __typename?: 'DigestEntryView', section: string, text: string, creditedUserIds: Array<string> }>, contributors: Array<{ __typename?: 'User', id: string, name: string, email: string, color: string }> }, plan: { __typename?: 'Plan', id: string, title: string, viewerCan: { __typename?: 'PlanPermissions', sendDigest: boolean } } };

export type SendCouncilDigestMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type SendCouncilDigestMutation = { __typename?: 'Mutation', sendCouncilDigest: { __typename?: 'CouncilDigestView', periodKey: string, sentAt?: string | null } };

export type InsightFieldsFragment = { __typename?: 'FieldInsight', id: string, kind: InsightKind, body: string, region?: string | null, segment?: string | null, product?: string | null, createdAt: string, author: { __typename?: 'User', id: string, name: string, color: string } };

export type FieldInsightsQueryVariables = Exact<{
  filter?: InputMaybe<InsightFilterInput>;
}>;


export type FieldInsightsQuery = { __typename?: 'Query', fieldInsights: Array<{ __typename?: 'FieldInsight', id: string, kind: InsightKind, body: string, region?: string | null, segment?: string | null, product?: string | null, createdAt: string, author: { __typename?: 'User', id: string, name: string, color: string } }> };

export type PlanInsightsQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type PlanInsightsQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, title: string, viewerCan: { __typename?: 'PlanPermissions', linkInsight: boolean, createPoll: boolean, comment: boolean }, sections: Array<{ __typename?: 'PlanSection', id: string, kind: string, title: string }>, sectionInsights: Array<{ __typename?: 'SectionInsight', sectionId: string, insight: { __typename?: 'FieldInsight', id: string, kind: InsightKind, body: string, region?: string | null, segment?: string | null, product?: string | null, createdAt: string, author: { __typename?: 'User', id: string, name: string, color: string } } }>, polls: Array<{ __typename?: 'PollView', id: string, question: string, options: Array<string>, createdAt: string, totals: Array<number>, myAnswer?: number | null, results: Array<{ __typename?: 'PollRegionResult', region: string, counts: Array<number> }> }> } };

export type SectionInsightsQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type SectionInsightsQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, sectionInsights: Array<{ __typename?: 'SectionInsight', sectionId: string, insight: { __typename?: 'FieldInsight', id: string, kind: InsightKind, body: string, region?: string | null, segment?: string | null, product?: string | null, createdAt: string, author: { __typename?: 'User', id: string, name: string, color: string } } }> } };

export type LogInsightMutationVariables = Exact<{
  input: LogInsightInput;
}>;


export type LogInsightMutation = { __typename?: 'Mutation', logInsight: { __typename?: 'FieldInsight', id: string, kind: InsightKind, body: string, region?: string | null, segment?: string | null, product?: string | null, createdAt: string, author: { __typename?: 'User', id: string, name: string, color: string } } };

export type LinkInsightMutationVariables = Exact<{
  input: LinkInsightInput;
}>;


export type LinkInsightMutation = { __typename?: 'Mutation', linkInsight: { __typename?: 'FieldInsight', id: string } };

export type UnlinkInsightMutationVariables = Exact<{
  input: LinkInsightInput;
}>;


export type UnlinkInsightMutation = { __typename?: 'Mutation', unlinkInsight: { __typename?: 'FieldInsight', id: string } };

export type CreatePollMutationVariables = Exact<{
  input: CreatePollInput;
}>;


export type CreatePollMutation = { __typename?: 'Mutation', createPoll: { __typename?: 'PollView', id: string } };

export type AnswerPollMutationVariables = Exact<{
  input: AnswerPollInput;
}>;


export type AnswerPollMutation = { __typename?: 'Mutation', answerPoll: { __typename?: 'PollView', id: string, myAnswer?: number | null, totals: Array<number>, results: Array<{ __typename?: 'PollRegionResult', region: string, counts: Array<number> }> } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, name: string, email: string, isAdmin: boolean, isActive: boolean, isPlanCreator: boolean, color: string }> };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { __typename?: 'Mutation', inviteUser: { __typename?: 'InviteUserPayload', inviteUrl?: string | null, emailed: boolean, invitation: { __typename?: 'Invitation', id: string, email: string } } };

export type DeactivateUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type DeactivateUserMutation = { __typename?: 'Mutation', deactivateUser: { __typename?: 'User', id: string, isActive: boolean } };

export type ReactivateUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type ReactivateUserMutation = { __typename?: 'Mutation', reactivateUser: { __typename?: 'User', id: string, isActive: boolean } };

export type InvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationsQuery = { __typename?: 'Query', invitations: Array<{ __typename?: 'Invitation', id: string, email: string, name: string, status: InvitationStatus, sentAt: string, expiresAt: string, plans: Array<{ __typename?: 'InvitationPlan', planId: string, planTitle: string, role: PlanRole }> }> };

export type ResendInvitationMutationVariables = Exact<{
  invitationId: Scalars['ID']['input'];
}>;


export type ResendInvitationMutation = { __typename?: 'Mutation', resendInvitation: { __typename?: 'InviteUserPayload', inviteUrl?: string | null, emailed: boolean, invitation: { __typename?: 'Invitation', id: string, email: string, status: InvitationStatus, sentAt: string, expiresAt: string } } };

export type RevokeInvitationMutationVariables = Exact<{
  invitationId: Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: { __typename?: 'Invitation', id: string, status: InvitationStatus } };

export type InvitablePlansQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitablePlansQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'Plan', id: string, title: string, status: PlanStatus, viewerCan: { __typename?: 'PlanPermissions', manageMembers: boolean } }> };

export type SetPlanCreationMutationVariables = Exact<{
  planCreation: PlanCreation;
}>;


export type SetPlanCreationMutation = { __typename?: 'Mutation', setPlanCreation: { __typename?: 'Organization', id: string, planCreation: PlanCreation } };

export type SetPlanCreatorMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  isPlanCreator: Scalars['Boolean']['input'];
}>;


export type SetPlanCreatorMutation = { __typename?: 'Mutation', setPlanCreator: { __typename?: 'User', id: string, isPlanCreator: boolean } };

export type CouncilRosterQueryVariables = Exact<{ [key: string]: never; }>;


export type CouncilRosterQuery = { __typename?: 'Query', councilRoster: Array<{ __typename?: 'CouncilMember', id: string, kind: CouncilSeatKind, region: string, termStart: string, termEnd?: string | null, awayUntil?: string | null, user: { __typename?: 'User', id: string, name: string, color: string } }> };

export type SetCouncilMemberMutationVariables = Exact<{
  input: SetCouncilMemberInput;
}>;


export type SetCouncilMemberMutation = { __typename?: 'Mutation', setCouncilMember: { __typename?: 'CouncilMember', id: string } };

export type SetCouncilMemberAwayMutationVariables = Exact<{
  input: SetCouncilMemberAwayInput;
}>;


export type SetCouncilMemberAwayMutation = { __typename?: 'Mutation', setCouncilMemberAway: { __typename?: 'CouncilMember', id: string, awayUntil?: string | null } };

export type RemoveCouncilMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveCouncilMemberMutation = { __typename?: 'Mutation', removeCouncilMember: boolean };

export type SetOrganizationTimeZoneMutationVariables = Exact<{
  timeZone: Scalars['String']['input'];
}>;


export type SetOrganizationTimeZoneMutation = { __typename?: 'Mutation', setOrganizationTimeZone: { __typename?: 'Organization', id: string, timeZone: string } };

export type PlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PlanQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, title: string, status: PlanStatus, myRole?: PlanRole | null, viewerCan: { __typename?: 'PlanPermissions', editText: boolean, rename: boolean, archive: boolean, manageMembers: boolean, assignReviewer: boolean, comment: boolean, suggest: boolean, export: boolean, exportApproved: boolean }, members: Array<{ __typename?: 'PlanMember', id: string, role: PlanRole, user: { __typename?: 'User', id: string, name: string, email: string, color: string } }> } };

export type RenamePlanMutationVariables = Exact<{
  input: RenamePlanInput;
}>;


export type RenamePlanMutation = { __typename?: 'Mutation', renamePlan: { __typename?: 'Plan', id: string, title: string } };

export type ArchivePlanMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type ArchivePlanMutation = { __typename?: 'Mutation', archivePlan: { __typename?: 'Plan', id: string, status: PlanStatus } };

export type AddPlanMemberMutationVariables = Exact<{
  input: AddPlanMemberInput;
}>;


export type AddPlanMemberMutation = { __typename?: 'Mutation', addPlanMember: { __typename?: 'PlanMember', id: string, role: PlanRole } };

export type ChangePlanMemberRoleMutationVariables = Exact<{
  input: ChangePlanMemberRoleInput;
}>;


export type ChangePlanMemberRoleMutation = { __typename?: 'Mutation', changePlanMemberRole: { __typename?: 'PlanMember', id: string, role: PlanRole } };

export type RemovePlanMemberMutationVariables = Exact<{
  input: RemovePlanMemberInput;
}>;


export type RemovePlanMemberMutation = { __typename?: 'Mutation', removePlanMember: boolean };

export type AssignSectionReviewerMutationVariables = Exact<{
  input: AssignSectionReviewerInput;
}>;


export type AssignSectionReviewerMutation = { __typename?: 'Mutation', assignSectionReviewer: { __typename?: 'PlanSection', id: string, reviewer?: { __typename?: 'User', id: string, name: string } | null } };

export type UnarchivePlanMutationVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type UnarchivePlanMutation = { __typename?: 'Mutation', unarchivePlan: { __typename?: 'Plan', id: string, status: PlanStatus } };

export type PlansQueryVariables = Exact<{
  filter?: InputMaybe<PlanFilterInput>;
}>;


export type PlansQuery = { __typename?: 'Query', plans: Array<{ __typename?: 'Plan', id: string, title: string, status: PlanStatus, myRole?: PlanRole | null, updatedAt: string, owner: { __typename?: 'User', id: string, name: string, color: string } }> };

export type CreatePlanMutationVariables = Exact<{
  input: CreatePlanInput;
}>;


export type CreatePlanMutation = { __typename?: 'Mutation', createPlan: { __typename?: 'Plan', id: string } };

export type PlanSignoffQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PlanSignoffQuery = { __typename?: 'Query', plan: { __typename?: 'Plan', id: string, status: PlanStatus, viewerCan: { __typename?: 'PlanPermissions', cutVersion: boolean, requestSignoff: boolean, approve: boolean, reviewTactic: boolean, restore: boolean, viewAudit: boolean }, versions: Array<{ __typename?: 'PlanVersion', id: string, number: number, name?: string | null, hash: string, createdAt: string, sections: Array<{ __typename?: 'VersionSection', sectionId: string, title: string }>, createdBy: { __typename?: 'User', id: string, name: string } }>, signoff?: { __typename?: 'Signoff', id: string, status: SignoffStatus, createdAt: string, version: { __typename?: 'PlanVersion', id: string, number: number, name?: string | null }, approvals: Array<{ __typename?: 'SignoffApproval', id: string, state: ApprovalState, sectionIds?: Array<string> | null, comment?: string | null, decidedAt?: string | null, isCarriedOver: boolean, approver: { __typename?: 'User', id: string, name: string, email: string }, approvedVersion?: { __typename?: 'PlanVersion', id: string, number: number } | null }> } | null }, reviewCoverage: { __typename?: 'ReviewCoverage', version?: { __typename?: 'PlanVersion', id: string, number: number } | null, sections: Array<{ __typename?: 'ReviewCoverageEntry', sectionId: string, title: string, state: ReviewCoverageState, reviewer?: { __typename?: 'User', id: string, name: string } | null, review?: { __typename?: 'TacticReview', id: string, createdAt: string, comment?: string | null } | null }> } };

export type CutVersionMutationVariables = Exact<{
  input: CutVersionInput;
}>;


export type CutVersionMutation = { __typename?: 'Mutation', cutVersion: { __typename?: 'PlanVersion', id: string, number: number } };

export type RequestSignoffMutationVariables = Exact<{
  input: RequestSignoffInput;
}>;


export type RequestSignoffMutation = { __typename?: 'Mutation', requestSignoff: { __typename?: 'Signoff', id: string, status: SignoffStatus } };

export type ApproveVersionMutationVariables = Exact<{
  input: ApproveVersionInput;
}>;


export type ApproveVersionMutation = { __typename?: 'Mutation', approveVersion: { __typename?: 'Signoff', id: string, status: SignoffStatus } };

export type RequestChangesMutationVariables = Exact<{
  input: RequestChangesInput;
}>;


export type RequestChangesMutation = { __typename?: 'Mutation', requestChanges: { __typename?: 'Signoff', id: string, status: SignoffStatus } };

export type ReviewTacticMutationVariables = Exact<{
  input: ReviewTacticInput;
}>;


export type ReviewTacticMutation = { __typename?: 'Mutation', reviewTactic: { __typename?: 'TacticReview', id: string, state: TacticReviewState } };

export type RestoreVersionMutationVariables = Exact<{
  input: RestoreVersionInput;
}>;


export type RestoreVersionMutation = { __typename?: 'Mutation', restoreVersion: { __typename?: 'Plan', id: string } };

export type SectionDiffFieldsFragment = { __typename?: 'SectionDiff', sectionId: string, change: SectionChange, title: string, previousTitle?: string | null, isMoved: boolean, isRenamed: boolean, isEdited: boolean, isReviewerChanged: boolean, words: Array<{ __typename?: 'WordChange', kind: WordChangeKind, text: string }> };

export type DiffVersionsQueryVariables = Exact<{
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
}>;


export type DiffVersionsQuery = { __typename?: 'Query', diffVersions: { __typename?: 'PlanDiff', from: { __typename?: 'PlanVersion', id: string, number: number }, to?: { __typename?: 'PlanVersion', id: string, number: number } | null, sections: Array<{ __typename?: 'SectionDiff', sectionId: string, change: SectionChange, title: string, previousTitle?: string | null, isMoved: boolean, isRenamed: boolean, isEdited: boolean, isReviewerChanged: boolean, words: Array<{ __typename?: 'WordChange', kind: WordChangeKind, text: string }> }> } };

export type DiffWithDraftQueryVariables = Exact<{
  from: Scalars['ID']['input'];
}>;


export type DiffWithDraftQuery = { __typename?: 'Query', diffVersionWithDraft: { __typename?: 'PlanDiff', from: { __typename?: 'PlanVersion', id: string, number: number }, sections: Array<{ __typename?: 'SectionDiff', sectionId: string, change: SectionChange, title: string, previousTitle?: string | null, isMoved: boolean, isRenamed: boolean, isEdited: boolean, isReviewerChanged: boolean, words: Array<{ __typename?: 'WordChange', kind: WordChangeKind, text: string }> }> } };

export type AuditLogQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditLogResult', isValid: boolean, firstInvalidEntryId?: string | null, entries: Array<{ __typename?: 'AuditEntry', id: string, action: AuditAction, payload: any, createdAt: string, hash: string, actor?: { __typename?: 'User', id: string, name: string } | null }> } };

export type PlanVersionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PlanVersionQuery = { __typename?: 'Query', planVersion: { __typename?: 'PlanVersion', id: string, number: number, name?: string | null, hash: string, createdAt: string, content: any, createdBy: { __typename?: 'User', id: string, name: string } } };

export const CriterionThreadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CriterionThreadFieldsFragment, unknown>;
export const ThreadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"isOrphaned"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"suggestionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"acceptSuggestion"}},{"kind":"Field","name":{"kind":"Name","value":"rejectSuggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]}}]} as unknown as DocumentNode<ThreadFieldsFragment, unknown>;
export const InsightFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldInsight"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<InsightFieldsFragment, unknown>;
export const SectionDiffFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectionDiffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionDiff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"previousTitle"}},{"kind":"Field","name":{"kind":"Name","value":"isMoved"}},{"kind":"Field","name":{"kind":"Name","value":"isRenamed"}},{"kind":"Field","name":{"kind":"Name","value":"isEdited"}},{"kind":"Field","name":{"kind":"Name","value":"isReviewerChanged"}},{"kind":"Field","name":{"kind":"Name","value":"words"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<SectionDiffFieldsFragment, unknown>;
export const UpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]} as unknown as DocumentNode<UpdateAccountMutation, UpdateAccountMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endedSessions"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const LeadDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editLeads"}},{"kind":"Field","name":{"kind":"Name","value":"cosignLeads"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgeLeads"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionThreadFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadDefinition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"qualifiedLeadDefinition"}},{"kind":"Field","name":{"kind":"Name","value":"gradingResponsibility"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdA"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdB"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdC"}},{"kind":"Field","name":{"kind":"Name","value":"publishedRevision"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isCosigned"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cosignedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldAcknowledgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedRevision"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LeadDefinitionQuery, LeadDefinitionQueryVariables>;
export const SaveLeadDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveLeadDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveLeadDefinitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveLeadDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SaveLeadDefinitionMutation, SaveLeadDefinitionMutationVariables>;
export const PublishLeadDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishLeadDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishLeadDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PublishLeadDefinitionMutation, PublishLeadDefinitionMutationVariables>;
export const CosignLeadDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CosignLeadDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cosignLeadDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"isCosigned"}}]}}]}}]} as unknown as DocumentNode<CosignLeadDefinitionMutation, CosignLeadDefinitionMutationVariables>;
export const AcknowledgeLeadDefinitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeLeadDefinition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeLeadDefinition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeLeadDefinitionMutation, AcknowledgeLeadDefinitionMutationVariables>;
export const GradeLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GradeLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GradeLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradeLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"missingAttributes"}},{"kind":"Field","name":{"kind":"Name","value":"firedCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]} as unknown as DocumentNode<GradeLeadQuery, GradeLeadQueryVariables>;
export const CampaignCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"calendarFeedUrl"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editCampaigns"}},{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaignCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"productFocus"}},{"kind":"Field","name":{"kind":"Name","value":"launchDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"prepDays"}},{"kind":"Field","name":{"kind":"Name","value":"prepStartDate"}},{"kind":"Field","name":{"kind":"Name","value":"isEnablementReady"}},{"kind":"Field","name":{"kind":"Name","value":"talkTrackReady"}},{"kind":"Field","name":{"kind":"Name","value":"objectionHandlingReady"}},{"kind":"Field","name":{"kind":"Name","value":"competitivePositioningReady"}},{"kind":"Field","name":{"kind":"Name","value":"leadListReady"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"isMine"}},{"kind":"Field","name":{"kind":"Name","value":"salesOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"products"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignCalendarQuery, CampaignCalendarQueryVariables>;
export const CreateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const UpdateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isEnablementReady"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCampaignMutation, UpdateCampaignMutationVariables>;
export const DeleteCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}]}]}}]} as unknown as DocumentNode<DeleteCampaignMutation, DeleteCampaignMutationVariables>;
export const AddCampaignGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCampaignGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCampaignGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCampaignGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddCampaignGoalMutation, AddCampaignGoalMutationVariables>;
export const DecideCampaignGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideCampaignGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideCampaignGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCampaignGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DecideCampaignGoalMutation, DecideCampaignGoalMutationVariables>;
export const AddSalesEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSalesEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSalesEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSalesEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddSalesEventMutation, AddSalesEventMutationVariables>;
export const SetSalesFocusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSalesFocus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSalesFocusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSalesFocus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarter"}}]}}]}}]} as unknown as DocumentNode<SetSalesFocusMutation, SetSalesFocusMutationVariables>;
export const RevokeCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}]}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const CommentOnCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommentOnCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionThreadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CommentOnCriterionMutation, CommentOnCriterionMutationVariables>;
export const ReplyOnCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyOnCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReplyOnCriterionMutation, ReplyOnCriterionMutationVariables>;
export const ResolveCriterionThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveCriterionThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionThreadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ResolveCriterionThreadMutation, ResolveCriterionThreadMutationVariables>;
export const ReopenCriterionThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenCriterionThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionThreadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReopenCriterionThreadMutation, ReopenCriterionThreadMutationVariables>;
export const RemoveSalesEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSalesEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSalesEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}]}]}}]} as unknown as DocumentNode<RemoveSalesEventMutation, RemoveSalesEventMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageUsers"}},{"kind":"Field","name":{"kind":"Name","value":"createPlan"}},{"kind":"Field","name":{"kind":"Name","value":"manageSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"planCreation"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"invitedByName"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planIds"}}]}}]}}]} as unknown as DocumentNode<AcceptInviteMutation, AcceptInviteMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const PlanThreadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanThreads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"isOrphaned"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"suggestionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"acceptSuggestion"}},{"kind":"Field","name":{"kind":"Name","value":"rejectSuggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]}}]} as unknown as DocumentNode<PlanThreadsQuery, PlanThreadsQueryVariables>;
export const ThreadEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ThreadEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threadEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ThreadEventsSubscription, ThreadEventsSubscriptionVariables>;
export const CreateThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"isOrphaned"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"suggestionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"acceptSuggestion"}},{"kind":"Field","name":{"kind":"Name","value":"rejectSuggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]}}]} as unknown as DocumentNode<CreateThreadMutation, CreateThreadMutationVariables>;
export const ReplyToThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplyToThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToThreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReplyToThreadMutation, ReplyToThreadMutationVariables>;
export const EditCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}}]}}]}}]} as unknown as DocumentNode<EditCommentMutation, EditCommentMutationVariables>;
export const DeleteCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}}]}}]}}]} as unknown as DocumentNode<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const ResolveThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"isOrphaned"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"suggestionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"acceptSuggestion"}},{"kind":"Field","name":{"kind":"Name","value":"rejectSuggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]}}]} as unknown as DocumentNode<ResolveThreadMutation, ResolveThreadMutationVariables>;
export const ReopenThreadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"isOrphaned"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"suggestionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"acceptSuggestion"}},{"kind":"Field","name":{"kind":"Name","value":"rejectSuggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]}}]} as unknown as DocumentNode<ReopenThreadMutation, ReopenThreadMutationVariables>;
export const AcceptSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"isOrphaned"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"suggestionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"acceptSuggestion"}},{"kind":"Field","name":{"kind":"Name","value":"rejectSuggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptSuggestionMutation, AcceptSuggestionMutationVariables>;
export const RejectSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ThreadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Thread"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"isOrphaned"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"suggestionStatus"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reply"}},{"kind":"Field","name":{"kind":"Name","value":"resolve"}},{"kind":"Field","name":{"kind":"Name","value":"reopen"}},{"kind":"Field","name":{"kind":"Name","value":"acceptSuggestion"}},{"kind":"Field","name":{"kind":"Name","value":"rejectSuggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isDeleted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"delete"}}]}}]}}]}}]} as unknown as DocumentNode<RejectSuggestionMutation, RejectSuggestionMutationVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isRead"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSessionId"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const NotificationEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationEventsSubscription, NotificationEventsSubscriptionVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const PlanCouncilDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanCouncil"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"council"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"awayUntil"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tactics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanCouncilQuery, PlanCouncilQueryVariables>;
export const FeedbackCallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedbackCalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runFeedback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cadence"}},{"kind":"Field","name":{"kind":"Name","value":"managersPerSession"}},{"kind":"Field","name":{"kind":"Name","value":"nextSessionAt"}}]}}]}}]} as unknown as DocumentNode<FeedbackCallsQuery, FeedbackCallsQueryVariables>;
export const CreateFeedbackSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFeedbackSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFeedbackSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFeedbackSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<CreateFeedbackSessionMutation, CreateFeedbackSessionMutationVariables>;
export const FeedbackSessionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedbackSessionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"threadId"}},{"kind":"Field","name":{"kind":"Name","value":"isDone"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runFeedback"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FeedbackSessionPageQuery, FeedbackSessionPageQueryVariables>;
export const AddAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAgendaItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddAgendaItemMutation, AddAgendaItemMutationVariables>;
export const UpdateSessionNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSessionNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSessionNotesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSessionNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<UpdateSessionNotesMutation, UpdateSessionNotesMutationVariables>;
export const AddActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddActionItemMutation, AddActionItemMutationVariables>;
export const CloseActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDone"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<CloseActionItemMutation, CloseActionItemMutationVariables>;
export const CouncilDigestPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilDigestPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilDigest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"creditedUserIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendDigest"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilDigestPageQuery, CouncilDigestPageQueryVariables>;
export const SendCouncilDigestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendCouncilDigest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendCouncilDigest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]} as unknown as DocumentNode<SendCouncilDigestMutation, SendCouncilDigestMutationVariables>;
export const FieldInsightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FieldInsights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InsightFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldInsights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldInsight"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<FieldInsightsQuery, FieldInsightsQueryVariables>;
export const PlanInsightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanInsights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkInsight"}},{"kind":"Field","name":{"kind":"Name","value":"createPoll"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectionInsights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"insight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"polls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"options"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"totals"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldInsight"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<PlanInsightsQuery, PlanInsightsQueryVariables>;
export const SectionInsightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SectionInsights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sectionInsights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"insight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldInsight"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<SectionInsightsQuery, SectionInsightsQueryVariables>;
export const LogInsightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogInsight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInsightInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logInsight"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InsightFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InsightFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FieldInsight"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<LogInsightMutation, LogInsightMutationVariables>;
export const LinkInsightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkInsight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkInsightInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkInsight"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LinkInsightMutation, LinkInsightMutationVariables>;
export const UnlinkInsightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkInsight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkInsightInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkInsight"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnlinkInsightMutation, UnlinkInsightMutationVariables>;
export const CreatePollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePollInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPoll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePollMutation, CreatePollMutationVariables>;
export const AnswerPollDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerPoll"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerPollInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerPoll"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myAnswer"}},{"kind":"Field","name":{"kind":"Name","value":"totals"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"counts"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerPollMutation, AnswerPollMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}},{"kind":"Field","name":{"kind":"Name","value":"isPlanCreator"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const InviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"emailed"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActive"}}]}}]}}]} as unknown as DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const InvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"planTitle"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<InvitationsQuery, InvitationsQueryVariables>;
export const ResendInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUrl"}},{"kind":"Field","name":{"kind":"Name","value":"emailed"}},{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"invitationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"invitationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const InvitablePlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitablePlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"manageMembers"}}]}}]}}]}}]} as unknown as DocumentNode<InvitablePlansQuery, InvitablePlansQueryVariables>;
export const SetPlanCreationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPlanCreation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planCreation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanCreation"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPlanCreation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planCreation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planCreation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planCreation"}}]}}]}}]} as unknown as DocumentNode<SetPlanCreationMutation, SetPlanCreationMutationVariables>;
export const SetPlanCreatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPlanCreator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"isPlanCreator"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPlanCreator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"isPlanCreator"},"value":{"kind":"Variable","name":{"kind":"Name","value":"isPlanCreator"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isPlanCreator"}}]}}]}}]} as unknown as DocumentNode<SetPlanCreatorMutation, SetPlanCreatorMutationVariables>;
export const CouncilRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilRoster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councilRoster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"termStart"}},{"kind":"Field","name":{"kind":"Name","value":"termEnd"}},{"kind":"Field","name":{"kind":"Name","value":"awayUntil"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilRosterQuery, CouncilRosterQueryVariables>;
export const SetCouncilMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCouncilMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCouncilMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCouncilMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetCouncilMemberMutation, SetCouncilMemberMutationVariables>;
export const SetCouncilMemberAwayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCouncilMemberAway"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCouncilMemberAwayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCouncilMemberAway"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awayUntil"}}]}}]}}]} as unknown as DocumentNode<SetCouncilMemberAwayMutation, SetCouncilMemberAwayMutationVariables>;
export const RemoveCouncilMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCouncilMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCouncilMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveCouncilMemberMutation, RemoveCouncilMemberMutationVariables>;
export const SetOrganizationTimeZoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganizationTimeZone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganizationTimeZone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<SetOrganizationTimeZoneMutation, SetOrganizationTimeZoneMutationVariables>;
export const PlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editText"}},{"kind":"Field","name":{"kind":"Name","value":"rename"}},{"kind":"Field","name":{"kind":"Name","value":"archive"}},{"kind":"Field","name":{"kind":"Name","value":"manageMembers"}},{"kind":"Field","name":{"kind":"Name","value":"assignReviewer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"suggest"}},{"kind":"Field","name":{"kind":"Name","value":"export"}},{"kind":"Field","name":{"kind":"Name","value":"exportApproved"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanQuery, PlanQueryVariables>;
export const RenamePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenamePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenamePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renamePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RenamePlanMutation, RenamePlanMutationVariables>;
export const ArchivePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchivePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archivePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ArchivePlanMutation, ArchivePlanMutationVariables>;
export const AddPlanMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPlanMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AddPlanMemberMutation, AddPlanMemberMutationVariables>;
export const ChangePlanMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePlanMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePlanMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePlanMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ChangePlanMemberRoleMutation, ChangePlanMemberRoleMutationVariables>;
export const RemovePlanMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePlanMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemovePlanMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePlanMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RemovePlanMemberMutation, RemovePlanMemberMutationVariables>;
export const AssignSectionReviewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignSectionReviewer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignSectionReviewerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignSectionReviewer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AssignSectionReviewerMutation, AssignSectionReviewerMutationVariables>;
export const UnarchivePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnarchivePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unarchivePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UnarchivePlanMutation, UnarchivePlanMutationVariables>;
export const PlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"myRole"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]}}]} as unknown as DocumentNode<PlansQuery, PlansQueryVariables>;
export const CreatePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreatePlanMutation, CreatePlanMutationVariables>;
export const PlanSignoffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanSignoff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cutVersion"}},{"kind":"Field","name":{"kind":"Name","value":"requestSignoff"}},{"kind":"Field","name":{"kind":"Name","value":"approve"}},{"kind":"Field","name":{"kind":"Name","value":"reviewTactic"}},{"kind":"Field","name":{"kind":"Name","value":"restore"}},{"kind":"Field","name":{"kind":"Name","value":"viewAudit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"signoff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"sectionIds"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isCarriedOver"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanSignoffQuery, PlanSignoffQueryVariables>;
export const CutVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CutVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CutVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cutVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<CutVersionMutation, CutVersionMutationVariables>;
export const RequestSignoffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSignoff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestSignoffInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSignoff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RequestSignoffMutation, RequestSignoffMutationVariables>;
export const ApproveVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveVersionMutation, ApproveVersionMutationVariables>;
export const RequestChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestChangesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RequestChangesMutation, RequestChangesMutationVariables>;
export const ReviewTacticDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewTactic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewTacticInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewTactic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ReviewTacticMutation, ReviewTacticMutationVariables>;
export const RestoreVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RestoreVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RestoreVersionMutation, RestoreVersionMutationVariables>;
export const DiffVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiffVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diffVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectionDiffFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectionDiffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionDiff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"previousTitle"}},{"kind":"Field","name":{"kind":"Name","value":"isMoved"}},{"kind":"Field","name":{"kind":"Name","value":"isRenamed"}},{"kind":"Field","name":{"kind":"Name","value":"isEdited"}},{"kind":"Field","name":{"kind":"Name","value":"isReviewerChanged"}},{"kind":"Field","name":{"kind":"Name","value":"words"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<DiffVersionsQuery, DiffVersionsQueryVariables>;
export const DiffWithDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DiffWithDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diffVersionWithDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"versionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SectionDiffFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SectionDiffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SectionDiff"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sectionId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"previousTitle"}},{"kind":"Field","name":{"kind":"Name","value":"isMoved"}},{"kind":"Field","name":{"kind":"Name","value":"isRenamed"}},{"kind":"Field","name":{"kind":"Name","value":"isEdited"}},{"kind":"Field","name":{"kind":"Name","value":"isReviewerChanged"}},{"kind":"Field","name":{"kind":"Name","value":"words"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<DiffWithDraftQuery, DiffWithDraftQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isValid"}},{"kind":"Field","name":{"kind":"Name","value":"firstInvalidEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const PlanVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PlanVersionQuery, PlanVersionQueryVariables>;