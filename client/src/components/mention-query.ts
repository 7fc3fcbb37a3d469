/** Finding the "@name" being typed in a text box and the people it could mean. */
export interface MentionablePerson {
  id: string;
  name: string;
  email: string;
  color?: string;
}

const MAX_SUGGESTIONS = 6;

export interface MentionQuery {
  /** Where the "@" is and where the typed name ends: the range a picked person replaces. */
  start: number;
  end: number;
  text: string;
}

/** An "@" at the start or after a space, followed by what has been typed of a name up to the caret. */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const match = /(^|\s)@([^\s@]{0,40})$/.exec(text.slice(0, caret));
  if (!match) return null;
  const start = caret - match[2].length - 1;
  return { start, end: caret, text: match[2].toLowerCase() };
}

export function matchPeople(people: readonly MentionablePerson[], text: string): MentionablePerson[] {
  return people
    .filter((p) => p.name.toLowerCase().split(/\s+/).some((word) => word.startsWith(text)) || p.email.toLowerCase().startsWith(text))
    .slice(0, MAX_SUGGESTIONS);
}
