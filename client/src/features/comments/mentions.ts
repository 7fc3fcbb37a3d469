/**
 * Mentions are written as "@" plus the member's email (`@maya@acme.test`), the syntax the server reads
 * for MENTION notifications (server/src/modules/comments/comment.types.ts).
 */
import type { MentionablePerson } from "../../components/mention-textarea";

export function formatMention(person: MentionablePerson): string {
  return `@${person.email}`;
}

export type BodyPart = { text: string } | { text: string; person: MentionablePerson };

const MENTION = /(^|\s)@([^\s@]+@[^\s@]+?)(?=[.,;:!?)]*(?:\s|$))/g;

/** A comment body cut into plain text and mentions of people on the plan (others stay plain text). */
export function splitMentions(body: string, people: readonly MentionablePerson[]): BodyPart[] {
  const byEmail = new Map(people.map((p) => [p.email.toLowerCase(), p]));
  const parts: BodyPart[] = [];
  let last = 0;
  for (const match of body.matchAll(MENTION)) {
    const person = byEmail.get(match[2].toLowerCase());
    if (!person) continue;
    const at = match.index + match[1].length;
    if (at > last) parts.push({ text: body.slice(last, at) });
    parts.push({ text: `@${person.name}`, person });
    last = at + 1 + match[2].length;
  }
  if (last < body.length) parts.push({ text: body.slice(last) });
  return parts;
}
