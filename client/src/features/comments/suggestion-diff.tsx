import { diffWordsWithSpace } from "diff";
import classes from "./comments.module.css";

/** The suggested replacement against the quoted text, word by word: struck-out red, inserted green. */
export function SuggestionDiff({ before, after }: { before: string; after: string }) {
  const parts = diffWordsWithSpace(before, after);
  return (
    <div className={classes.diff} data-testid="suggestion-diff" aria-label={`Suggested change from "${before}" to "${after}"`}>
      {parts.map((part, index) => {
        if (part.removed) return <del key={index} className={classes.diffRemoved}>{part.value}</del>;
        if (part.added) return <ins key={index} className={classes.diffAdded}>{part.value}</ins>;
        return <span key={index}>{part.value}</span>;
      })}
    </div>
  );
}
