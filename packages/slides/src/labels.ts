/** Words the renderers share, so PPTX, Markdown and the browser say the same thing. */

export function reviewStateLabel(state: string): string {
  const labels: Record<string, string> = {
    REVIEWED: "Reviewed",
    CHANGES_NEEDED: "Changes needed",
    WAITING: "Review pending",
    STALE: "Reviewed an earlier text",
    UNASSIGNED: "No reviewer assigned",
  };
  return labels[state] ?? state;
}

export function approvalStateLabel(state: string): string {
  const labels: Record<string, string> = {
    CURRENT: "Approved",
    PENDING: "Pending",
    STALE: "Approval out of date",
    CHANGES_REQUESTED: "Changes requested",
  };
  return labels[state] ?? state;
}

/** The calendar day of an ISO timestamp (UTC), as the deck prints dates: "2026-11-25". */
export function dayOf(iso: string | null): string {
  return iso ? iso.slice(0, 10) : "";
}

/** "Summary" or "Summary (continued, 2 of 3)". */
export function partTitle(title: string, part: number, parts: number): string {
  return part > 1 ? `${title} (continued, ${part} of ${parts})` : title;
}

export const DRAFT_MARK = "DRAFT";
