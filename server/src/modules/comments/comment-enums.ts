import { registerEnumType } from "type-graphql";

export enum ThreadStatus {
  OPEN = "OPEN",
  RESOLVED = "RESOLVED",
}

export enum SuggestionStatus {
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  REJECTED = "REJECTED",
}

/** What happened to a thread; every live event names one. */
export enum ThreadEventKind {
  CREATED = "CREATED",
  REPLIED = "REPLIED",
  UPDATED = "UPDATED",
  RESOLVED = "RESOLVED",
  REOPENED = "REOPENED",
  SUGGESTION_ACCEPTED = "SUGGESTION_ACCEPTED",
  SUGGESTION_REJECTED = "SUGGESTION_REJECTED",
}

export enum NotificationKind {
  /** Someone @mentioned me in a comment. */
  MENTION = "MENTION",
  /** Someone replied in a thread I opened. */
  REPLY = "REPLY",
  /** Someone resolved a thread I opened. */
  RESOLVED = "RESOLVED",
  SUGGESTION_ACCEPTED = "SUGGESTION_ACCEPTED",
  SUGGESTION_REJECTED = "SUGGESTION_REJECTED",
  /** The agenda of a feedback call I am on was sent. */
  FEEDBACK_AGENDA = "FEEDBACK_AGENDA",
  /** The plan's lead definition was published: field reps are asked to acknowledge it (no thread). */
  LEAD_DEFINITION_PUBLISHED = "LEAD_DEFINITION_PUBLISHED",
}

registerEnumType(ThreadStatus, { name: "ThreadStatus" });
registerEnumType(SuggestionStatus, { name: "SuggestionStatus" });
registerEnumType(ThreadEventKind, { name: "ThreadEventKind" });
registerEnumType(NotificationKind, { name: "NotificationKind" });
