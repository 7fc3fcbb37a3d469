/**
 * The digest's built-in sources (council/digest-sources.ts explains the extension point): suggestions the
 * editors accepted, threads resolved, tactic reviews, and action items closed in feedback calls.
 */
import { SuggestionStatus } from "../comments/comment-enums";
import type { DigestSource } from "../council/digest-sources";
import { TacticReviewState } from "../signoff/signoff-states";
import { excerpt } from "./agenda-sources";
import type { FeedbackRepository } from "./feedback.repository";

/** Section titles of a plan by id (from its document). */
export type SectionTitles = (planId: string) => Promise<Map<string, string>>;

export function councilDigestSources(repository: FeedbackRepository, titles: SectionTitles): DigestSource[] {
  const titleOf = (map: Map<string, string>, sectionId: string | null) => (sectionId ? (map.get(sectionId) ?? "a section") : "the plan");
  return [
    {
      name: "accepted suggestions",
      async collect(planId, { from, to }) {
        const [threads, map] = await Promise.all([repository.resolvedThreads(planId, from, to), titles(planId)]);
        return threads
          .filter((thread) => thread.suggestionStatus === SuggestionStatus.ACCEPTED)
          .map((thread) => ({
            section: "Accepted suggestions",
            text: `In ${titleOf(map, thread.sectionId)}: “${excerpt(thread.quote ?? "", 80)}” now reads “${excerpt(thread.suggestion ?? "", 80)}”`,
            creditedUserIds: [thread.authorId],
            at: thread.resolvedAt!,
          }));
      },
    },
    {
      name: "resolved threads",
      async collect(planId, { from, to }) {
        const [threads, map] = await Promise.all([repository.resolvedThreads(planId, from, to), titles(planId)]);
        return threads
          .filter((thread) => thread.suggestionStatus === null)
          .map((thread) => ({
            section: "Resolved threads",
            text: `On ${titleOf(map, thread.sectionId)}${thread.quote ? ` (“${excerpt(thread.quote, 60)}”)` : ""}`,
            creditedUserIds: [thread.authorId],
            at: thread.resolvedAt!,
          }));
      },
    },
    {
      name: "tactic reviews",
      async collect(planId, { from, to }) {
        const [reviews, map] = await Promise.all([repository.tacticReviewsBetween(planId, from, to), titles(planId)]);
        return reviews.map((review) => ({
          section: "Tactic reviews",
          text: `${titleOf(map, review.sectionId)}: ${review.state === TacticReviewState.REVIEWED ? "reviewed" : "changes requested"}${review.comment ? `: “${excerpt(review.comment, 100)}”` : ""}`,
          creditedUserIds: [review.reviewerId],
          at: review.createdAt,
        }));
      },
    },
    {
      name: "closed action items",
      async collect(planId, { from, to }) {
        return (await repository.closedActionItems(planId, from, to)).map((item) => ({
          section: "Action items closed",
          text: item.title,
          creditedUserIds: [item.ownerId],
          at: item.closedAt!,
        }));
      },
    },
  ];
}
