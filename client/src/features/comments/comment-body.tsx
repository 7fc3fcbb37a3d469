import { Text } from "@mantine/core";
import type { MentionablePerson } from "../../components/mention-textarea";
import classes from "./comments.module.css";
import { splitMentions } from "./mentions";

/** A comment's text with mentions of plan members shown by name. */
export function CommentBody({ body, people }: { body: string; people: readonly MentionablePerson[] }) {
  return (
    <Text size="sm" className={classes.body}>
      {splitMentions(body, people).map((part, index) =>
        "person" in part ? (
          <span key={index} className={classes.mention} title={part.person.email}>
            {part.text}
          </span>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </Text>
  );
}
