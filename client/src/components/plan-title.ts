/**
 * A plan title's limit, as the server enforces it (`CreatePlanInput`, `RenamePlanInput`). Fields show it
 * rather than cutting a paste short with `maxLength`, so nobody loses the end of a title without noticing.
 */
export const PLAN_TITLE_MAX_LENGTH = 200;

export const PLAN_TITLE_LIMIT_MESSAGE = `A plan title needs 1 to ${PLAN_TITLE_MAX_LENGTH} characters.`;

/** The message to show under a title field, or null while the title fits. */
export function planTitleProblem(title: string): string | null {
  return title.trim().length > PLAN_TITLE_MAX_LENGTH ? `${PLAN_TITLE_LIMIT_MESSAGE} This one has ${title.trim().length}.` : null;
}
