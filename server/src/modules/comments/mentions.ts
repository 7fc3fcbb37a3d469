/**
 * Mentions in comment bodies: `@` followed by a plan member's email (`@maya@acme.test`). Emails are what
 * people already know each other by, they stay readable in plain text, and they are unique per user.
 */
const MENTION = /(?:^|[^\w.+-])@([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g;

/** The distinct lower-case emails mentioned in a body, in order of first mention. */
export function mentionedEmails(body: string): string[] {
  const emails = new Set<string>();
  for (const match of body.matchAll(MENTION)) emails.add(match[1].toLowerCase());
  return [...emails];
}
