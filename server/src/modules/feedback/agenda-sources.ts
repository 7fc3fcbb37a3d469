/**
 * Where a feedback call's agenda comes from. Each AgendaSource reads one part of the plan's state as the
 * person scheduling the call sees it and proposes items; the builder concatenates them in the order of
 * AGENDA_SOURCES and numbers them. Extension point: the leads and campaigns modules (issue 14) add their
 * sources (unacknowledged lead-definition changes: LEAD_DEFINITION_CHANGE; campaigns inside their prep
 * window: CAMPAIGN_PREP) to the list passed to FeedbackService in services.ts; nothing else changes.
 */
import type { User } from "../users/user.entity";
import type { TacticReviewService } from "../signoff/tactic-review.service";
import { ReviewCoverageState } from "../signoff/signoff-states";
import { AgendaItemKind } from "./feedback-enums";
import type { FeedbackRepository, OpenThreadRow } from "./feedback.repository";

export interface AgendaCandidate {
  kind: AgendaItemKind;
  title: string;
  detail?: string | null;
  threadId?: string | null;
  sectionId?: string | null;
}

export interface AgendaContext {
  planId: string;
  /** Who generates the agenda: sources show only what they may read. */
  viewer: User;
  /** When the agenda is generated. */
  at: Date;
  /** Display names of the plan's people, by user id. */
  nameOf: (userId: string) => string;
}

export interface AgendaSource {
  readonly name: string;
  collect(context: AgendaContext): Promise<AgendaCandidate[]>;
}

const EXCERPT = 140;

export function excerpt(text: string, length = EXCERPT): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/**
 * Oldest and most-replied first: each thread's rank by age plus its rank by replies, lower first; on a tie
 * the busier thread, then the older. A long-running busy thread leads; a new quiet one comes last.
 */
export function orderOpenThreads(rows: readonly OpenThreadRow[]): OpenThreadRow[] {
  const byAge = [...rows].sort((a, b) => a.thread.createdAt.getTime() - b.thread.createdAt.getTime());
  const byReplies = [...rows].sort((a, b) => b.replyCount - a.replyCount);
  const score = (row: OpenThreadRow) => byAge.indexOf(row) + byReplies.findIndex((other) => other.replyCount === row.replyCount);
  return [...rows].sort((a, b) => score(a) - score(b) || b.replyCount - a.replyCount || byAge.indexOf(a) - byAge.indexOf(b));
}

export function openThreadsSource(repository: FeedbackRepository): AgendaSource {
  return {
    name: "open threads",
    async collect({ planId, nameOf }) {
      return orderOpenThreads(await repository.openThreads(planId)).map(({ thread, replyCount, openingBody }) => ({
        kind: AgendaItemKind.OPEN_THREAD,
        title: `${nameOf(thread.authorId)}: ${excerpt(openingBody)}`,
        detail: [thread.quote ? `On “${excerpt(thread.quote, 80)}”` : "On the whole plan", `${replyCount} ${replyCount === 1 ? "reply" : "replies"}`].join(" · "),
        threadId: thread.id,
        sectionId: thread.sectionId,
      }));
    },
  };
}

export function staleApprovalsSource(repository: FeedbackRepository): AgendaSource {
  return {
    name: "stale approvals",
    async collect({ planId, nameOf }) {
      return (await repository.staleApprovals(planId)).map((approval) => ({
        kind: AgendaItemKind.STALE_APPROVAL,
        title: `${nameOf(approval.approverId)}'s approval went stale`,
        detail: "The sections they approved changed since; they need to decide again.",
      }));
    },
  };
}

/** Tactics whose review is stale or asks for changes, on the version under review. */
export function tacticReviewsSource(tacticReviews: TacticReviewService): AgendaSource {
  return {
    name: "tactic reviews",
    async collect({ planId, viewer, nameOf }) {
      const coverage = await tacticReviews.coverage(viewer, planId);
      return coverage.sections
        .filter((entry) => entry.state === ReviewCoverageState.STALE || entry.state === ReviewCoverageState.CHANGES_NEEDED)
        .map((entry) => ({
          kind: AgendaItemKind.TACTIC_REVIEW,
          title: `${entry.title}: ${entry.state === ReviewCoverageState.STALE ? "review is stale" : "changes needed"}`,
          detail: entry.reviewerId ? `Reviewer: ${nameOf(entry.reviewerId)}${entry.review?.comment ? ` · “${excerpt(entry.review.comment, 100)}”` : ""}` : null,
          sectionId: entry.sectionId,
        }));
    },
  };
}

/** What the lead-definition agenda item needs of the leads module. */
export interface LeadAcknowledgements {
  /** Field members who have not acknowledged the current published rubric. */
  unacknowledged(planId: string): Promise<string[]>;
}

/** Field reps who have not acknowledged the current lead definition: the call chases them. */
export function leadDefinitionSource(leads: LeadAcknowledgements): AgendaSource {
  return {
    name: "lead definition",
    async collect({ planId, nameOf }) {
      const missing = await leads.unacknowledged(planId);
      if (missing.length === 0) return [];
      const people = missing.length === 1 ? "1 field member has" : `${missing.length} field members have`;
      return [
        {
          kind: AgendaItemKind.LEAD_DEFINITION_CHANGE,
          title: `${people} not acknowledged the current lead definition`,
          detail: missing.map(nameOf).join(", "),
        },
      ];
    },
  };
}

/** What the campaign agenda items need of the campaigns module. */
export interface CampaignsInPrep {
  inPrepWindow(planId: string, at: Date): Promise<{ name: string; region: string; launchDate: string }[]>;
}

/** Campaigns whose sales-prep window is open: sales needs its tools before launch. */
export function campaignPrepSource(campaigns: CampaignsInPrep): AgendaSource {
  return {
    name: "campaigns in their prep window",
    async collect({ planId, at }) {
      return (await campaigns.inPrepWindow(planId, at)).map((campaign) => ({
        kind: AgendaItemKind.CAMPAIGN_PREP,
        title: `${campaign.name} is in its sales-prep window`,
        detail: `Launches ${campaign.launchDate} in ${campaign.region}.`,
      }));
    },
  };
}
