/** Calendar days as the app stores them (YYYY-MM-DD, UTC): term dates, due dates, away-until. */
import { BadInputError } from "./errors";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day, checked: a real calendar date written YYYY-MM-DD; `what` names it in the error. */
export function cleanDay(value: string, what: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!DAY.test(value) || Number.isNaN(date.getTime()) || dayOf(date) !== value) {
    throw new BadInputError(`${what} is a date written YYYY-MM-DD, such as 2026-12-01.`);
  }
  return value;
}

/** Trims and checks a required piece of text. */
export function cleanText(value: string, what: string, max: number): string {
  const text = value.trim();
  if (text.length < 1 || text.length > max) throw new BadInputError(`${what} needs 1 to ${max} characters.`);
  return text;
}

/** Trims an optional piece of text: blank becomes null. */
export function cleanOptionalText(value: string | null | undefined, what: string, max: number): string | null {
  const text = value?.trim() ?? "";
  if (text.length > max) throw new BadInputError(`${what} has at most ${max} characters.`);
  return text.length > 0 ? text : null;
}
