import { ActionIcon, Button, Divider, Group, Menu, Popover, Stack, Text, TextInput, Tooltip } from "@mantine/core";
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import {
  IconBold,
  IconH2,
  IconH3,
  IconItalic,
  IconLink,
  IconList,
  IconListNumbers,
  IconTable,
  type Icon,
} from "@tabler/icons-react";
import { useState, type FormEvent } from "react";

interface ToolbarState {
  h2: boolean;
  h3: boolean;
  bold: boolean;
  italic: boolean;
  bulletList: boolean;
  orderedList: boolean;
  link: boolean;
  table: boolean;
}

const NOTHING_ACTIVE: ToolbarState = {
  h2: false,
  h3: false,
  bold: false,
  italic: false,
  bulletList: false,
  orderedList: false,
  link: false,
  table: false,
};

/** Formatting for whichever section was focused last; disabled for read-only roles. */
export function EditorToolbar({ editor, isEditable }: { editor: Editor | null; isEditable: boolean }) {
  const state =
    useEditorState({
      editor,
      selector: ({ editor: e }): ToolbarState =>
        e
          ? {
              h2: e.isActive("heading", { level: 2 }),
              h3: e.isActive("heading", { level: 3 }),
              bold: e.isActive("bold"),
              italic: e.isActive("italic"),
              bulletList: e.isActive("bulletList"),
              orderedList: e.isActive("orderedList"),
              link: e.isActive("link"),
              table: e.isActive("table"),
            }
          : NOTHING_ACTIVE,
    }) ?? NOTHING_ACTIVE;
  const disabled = !editor || !isEditable;
  const run = (command: (chain: ReturnType<Editor["chain"]>) => ReturnType<Editor["chain"]>) => {
    if (editor) command(editor.chain().focus()).run();
  };

  return (
    <Group gap={4} wrap="nowrap" role="toolbar" aria-label="Formatting">
      <ToolButton icon={IconH2} label="Heading" active={state.h2} disabled={disabled} onClick={() => run((c) => c.toggleHeading({ level: 2 }))} />
      <ToolButton icon={IconH3} label="Subheading" active={state.h3} disabled={disabled} onClick={() => run((c) => c.toggleHeading({ level: 3 }))} />
      <Divider orientation="vertical" mx={4} />
      <ToolButton icon={IconBold} label="Bold" active={state.bold} disabled={disabled} onClick={() => run((c) => c.toggleBold())} />
      <ToolButton icon={IconItalic} label="Italic" active={state.italic} disabled={disabled} onClick={() => run((c) => c.toggleItalic())} />
      <LinkButton editor={editor} active={state.link} disabled={disabled} />
      <Divider orientation="vertical" mx={4} />
      <ToolButton icon={IconList} label="Bulleted list" active={state.bulletList} disabled={disabled} onClick={() => run((c) => c.toggleBulletList())} />
      <ToolButton icon={IconListNumbers} label="Numbered list" active={state.orderedList} disabled={disabled} onClick={() => run((c) => c.toggleOrderedList())} />
      <Divider orientation="vertical" mx={4} />
      <TableMenu run={run} inTable={state.table} disabled={disabled} />
      {!editor && (
        <Text size="xs" c="dimmed" ml="sm">
          Click into a section to format its text
        </Text>
      )}
    </Group>
  );
}

interface ToolButtonProps {
  icon: Icon;
  label: string;
  active: boolean;
  disabled: boolean;
  onClick(): void;
  /** The button opens the enclosing Popover: it, not a wrapper, carries aria-haspopup and aria-expanded. */
  isPopoverTarget?: boolean;
}

function ToolButton({ icon: IconComponent, label, active, disabled, onClick, isPopoverTarget = false }: ToolButtonProps) {
  const button = (
    <ActionIcon
      variant={active ? "light" : "subtle"}
      color={active ? "indigo" : "gray"}
      size="lg"
      aria-label={label}
      aria-pressed={active}
      disabled={disabled}
      // Keep the editor's selection: a mousedown on the button would otherwise blur it.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      <IconComponent size={18} />
    </ActionIcon>
  );
  return (
    <Tooltip label={label} withArrow openDelay={300}>
      {isPopoverTarget ? <Popover.Target>{button}</Popover.Target> : button}
    </Tooltip>
  );
}

type RunCommand = (command: (chain: ReturnType<Editor["chain"]>) => ReturnType<Editor["chain"]>) => void;

function TableMenu({ run, inTable, disabled }: { run: RunCommand; inTable: boolean; disabled: boolean }) {
  return (
    <Menu position="bottom-start" shadow="md" disabled={disabled}>
      <Menu.Target>
        <ActionIcon variant={inTable ? "light" : "subtle"} color={inTable ? "indigo" : "gray"} size="lg" aria-label="Table" disabled={disabled} onMouseDown={(e) => e.preventDefault()}>
          <IconTable size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => run((c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }))}>Insert table</Menu.Item>
        <Menu.Divider />
        <Menu.Item disabled={!inTable} onClick={() => run((c) => c.addRowAfter())}>Add row below</Menu.Item>
        <Menu.Item disabled={!inTable} onClick={() => run((c) => c.addColumnAfter())}>Add column right</Menu.Item>
        <Menu.Item disabled={!inTable} onClick={() => run((c) => c.deleteRow())}>Delete row</Menu.Item>
        <Menu.Item disabled={!inTable} onClick={() => run((c) => c.deleteColumn())}>Delete column</Menu.Item>
        <Menu.Item disabled={!inTable} color="red" onClick={() => run((c) => c.deleteTable())}>Delete table</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function LinkButton({ editor, active, disabled }: { editor: Editor | null; active: boolean; disabled: boolean }) {
  const [opened, setOpened] = useState(false);
  const [href, setHref] = useState("");
  const open = () => {
    const current: unknown = editor?.getAttributes("link").href;
    setHref(typeof current === "string" ? current : "");
    setOpened(true);
  };
  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (!editor) return;
    const chain = editor.chain().focus().extendMarkRange("link");
    (href.trim() ? chain.setLink({ href: href.trim() }) : chain.unsetLink()).run();
    setOpened(false);
  };
  const remove = () => {
    editor?.chain().focus().extendMarkRange("link").unsetLink().run();
    setOpened(false);
  };
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom" withArrow shadow="md" trapFocus returnFocus>
      <ToolButton icon={IconLink} label="Link" active={active} disabled={disabled} onClick={open} isPopoverTarget />
      <Popover.Dropdown>
        <form onSubmit={apply}>
          <Stack gap="xs" w={280}>
            <TextInput size="xs" label="Link address" placeholder="https://…" value={href} onChange={(e) => setHref(e.currentTarget.value)} data-autofocus />
            <Group justify="flex-end" gap="xs">
              {active && (
                <Button size="xs" variant="subtle" color="red" onClick={remove}>
                  Remove link
                </Button>
              )}
              <Button size="xs" type="submit">
                Apply
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
