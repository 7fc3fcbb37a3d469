import { Combobox, Group, Text, Textarea, useCombobox, type TextareaProps } from "@mantine/core";
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { matchPeople, mentionQueryAt, type MentionablePerson, type MentionQuery } from "./mention-query";
import { UserAvatar } from "./user-avatar";

export type { MentionablePerson };

interface MentionTextareaProps extends Omit<TextareaProps, "value" | "onChange" | "onSubmit"> {
  value: string;
  onChange(value: string): void;
  people: readonly MentionablePerson[];
  /** The text that stands for a person in the body, e.g. `@maya@acme.test`. */
  formatMention(person: MentionablePerson): string;
  /** Ctrl/Cmd+Enter. */
  onSubmit?(): void;
  /** Escape while no suggestion list is open. */
  onCancel?(): void;
}

/** A textarea where typing "@" offers the given people; arrows and Enter pick one, Escape closes the list. */
export function MentionTextarea({ value, onChange, people, formatMention, onSubmit, onCancel, onKeyDown, ...props }: MentionTextareaProps) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const matches = query ? matchPeople(people, query.text) : [];
  // After a pick the caret goes right after the inserted mention, in the same commit as the new value:
  // a frame later, the next keys typed would already have landed at the end.
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (pendingCaret.current === null || !textarea.current) return;
    textarea.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  });

  const refreshQuery = (text: string, caret: number) => {
    const next = mentionQueryAt(text, caret);
    setQuery(next);
    if (next && matchPeople(people, next.text).length > 0) {
      combobox.openDropdown();
      // After render, so the first of the new options is the one Enter picks.
      requestAnimationFrame(() => combobox.selectFirstOption());
    } else combobox.closeDropdown();
  };

  const insert = (personId: string) => {
    const person = people.find((p) => p.id === personId);
    if (!person || !query) return;
    const token = `${formatMention(person)} `;
    const next = value.slice(0, query.start) + token + value.slice(query.end);
    onChange(next);
    setQuery(null);
    combobox.closeDropdown();
    pendingCaret.current = query.start + token.length;
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    onKeyDown?.(event);
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && onSubmit) {
      event.preventDefault();
      onSubmit();
    } else if (event.key === "Escape" && !combobox.dropdownOpened && onCancel) {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  };

  return (
    <Combobox store={combobox} onOptionSubmit={insert} position="bottom-start" withinPortal={false} width={260}>
      <Combobox.Target withKeyboardNavigation={combobox.dropdownOpened} withExpandedAttribute>
        <Textarea
          ref={textarea}
          autosize
          value={value}
          onChange={(event) => {
            onChange(event.currentTarget.value);
            refreshQuery(event.currentTarget.value, event.currentTarget.selectionStart);
          }}
          onKeyDown={handleKeyDown}
          onBlur={() => combobox.closeDropdown()}
          {...props}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={matches.length === 0}>
        <Combobox.Options aria-label="People on this plan">
          {matches.map((person) => (
            <Combobox.Option value={person.id} key={person.id}>
              <Group gap="xs" wrap="nowrap">
                <UserAvatar name={person.name} color={person.color} size={22} />
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" truncate>
                    {person.name}
                  </Text>
                  {/* Inherits the option's colour, so it stays readable on the highlighted option. */}
                  <Text size="xs" opacity={0.75} truncate>
                    {person.email}
                  </Text>
                </div>
              </Group>
            </Combobox.Option>
          ))}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
