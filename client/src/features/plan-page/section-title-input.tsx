import { TextInput, Title } from "@mantine/core";
import { LIMITS } from "@planbridge/plan-schema";
import { useEffect, useState, type KeyboardEvent } from "react";
import classes from "./plan-page.module.css";

interface SectionTitleInputProps {
  title: string;
  isEditable: boolean;
  onRename(title: string): void;
}

/**
 * The section heading. Edits are committed on Enter or blur (one shared-doc write per rename, not
 * per keystroke); a rename by someone else shows up while this one is not being edited.
 */
export function SectionTitleInput({ title, isEditable, onRename }: SectionTitleInputProps) {
  const [draft, setDraft] = useState(title);
  const [isEditing, setIsEditing] = useState(false);
  useEffect(() => {
    if (!isEditing) setDraft(title);
  }, [title, isEditing]);

  if (!isEditable) {
    return (
      <Title order={2} size="h4" className={classes.sectionTitle}>
        {title || "Untitled section"}
      </Title>
    );
  }
  const commit = () => {
    setIsEditing(false);
    const next = draft.trim();
    if (next && next !== title) onRename(next);
    else setDraft(title);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") event.currentTarget.blur();
    if (event.key === "Escape") {
      setDraft(title);
      setIsEditing(false);
    }
  };
  return (
    <TextInput
      variant="unstyled"
      classNames={{ input: classes.sectionTitleInput }}
      value={draft}
      maxLength={LIMITS.maxTitleLength}
      placeholder="Untitled section"
      aria-label="Section title"
      onFocus={() => setIsEditing(true)}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
      style={{ flex: 1 }}
    />
  );
}
