import { Button, Group, Menu, Paper, Skeleton, Stack } from "@mantine/core";
import type { Editor } from "@tiptap/core";
import { IconChevronDown, IconPlus } from "@tabler/icons-react";
import { useCallback, useEffect, useRef, useState } from "react";
import type { PlanConnection } from "../../collab/plan-connection";
import { addSection, type SectionKind } from "@planbridge/plan-schema";
import { useSections } from "../../collab/use-sections";
import { EmptyState } from "../../components/empty-state";
import type { CaretUser } from "../../editor/editor-extensions";
import type { SectionEditorAddOn } from "../../editor/section-editor";
import type { PlanMember } from "./members-panel";
import { SectionCard, type SectionCardProps } from "./section-card";
import { ADDABLE_KINDS } from "../../components/section-kinds";

interface SectionListProps {
  connection: PlanConnection;
  hasSynced: boolean;
  /** The socket closed for good (no access, no plan): stop showing a loading state. */
  hasFailed: boolean;
  members: PlanMember[];
  user: CaretUser;
  canEdit: boolean;
  canAssignReviewer: boolean;
  /** Another feature's extras for a section's editor (comment highlights and menu). */
  addOnFor(sectionId: string): SectionEditorAddOn | undefined;
  onAssignReviewer(sectionId: string, userId: string | null): void;
  onActivate(editor: Editor): void;
  planId: string;
  SectionFooter?: SectionCardProps["SectionFooter"];
}

export function SectionList({ connection, hasSynced, hasFailed, canEdit, ...cardProps }: SectionListProps) {
  const sections = useSections(connection.doc);
  const listRef = useRef<HTMLDivElement>(null);
  // A section just added here: once it renders, its title is focused (selected, ready to type over) and
  // scrolled into view, instead of appearing off screen at the bottom.
  const [addedId, setAddedId] = useState<string | null>(null);
  const add = useCallback((kind: SectionKind, title: string, afterId?: string) => setAddedId(addSection(connection.doc, title, kind, afterId)), [connection]);
  const addBelow = useCallback((afterId?: string) => add(ADDABLE_KINDS[0].kind, "New section", afterId), [add]);
  useEffect(() => {
    if (!addedId || !sections.some((section) => section.id === addedId)) return;
    const title = listRef.current?.querySelector<HTMLInputElement>(`[data-section-id="${addedId}"] input[aria-label="Section title"]`);
    if (!title) return;
    setAddedId(null);
    title.scrollIntoView({ block: "center" });
    title.focus({ preventScroll: true });
    title.select();
  }, [addedId, sections]);

  if (hasFailed && !hasSynced) {
    return (
      <Paper withBorder>
        <EmptyState title="The plan's text couldn't be opened" description="See the message above for the reason." />
      </Paper>
    );
  }
  // Until the first sync the local doc is empty; showing it would flash an empty plan.
  if (!hasSynced && sections.length === 0) return <SectionSkeleton />;
  if (sections.length === 0) {
    return (
      <Paper withBorder>
        <EmptyState
          title="This plan has no sections"
          description={canEdit ? "Add a section to start writing." : "The owner hasn't added any sections yet."}
          action={canEdit && <Button leftSection={<IconPlus size={18} />} onClick={() => addBelow()}>Add section</Button>}
        />
      </Paper>
    );
  }
  return (
    <Stack gap="md" data-testid="section-list" ref={listRef}>
      {sections.map((section, index) => (
        <SectionCard
          key={section.id}
          connection={connection}
          section={section}
          index={index}
          count={sections.length}
          canEdit={canEdit}
          onAddBelow={addBelow}
          {...cardProps}
        />
      ))}
      {canEdit && <AddSectionButton onAdd={add} />}
    </Stack>
  );
}

function AddSectionButton({ onAdd }: { onAdd(kind: SectionKind, title: string): void }) {
  return (
    <Group justify="center">
      <Menu position="bottom" shadow="md">
        <Menu.Target>
          <Button variant="default" leftSection={<IconPlus size={16} />} rightSection={<IconChevronDown size={14} />}>
            Add section
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {ADDABLE_KINDS.map(({ kind, label, title }) => (
            <Menu.Item key={kind} onClick={() => onAdd(kind, title)}>
              {label}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}

function SectionSkeleton() {
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading the plan">
      {[0, 1, 2].map((i) => (
        <Paper key={i} withBorder p="lg">
          <Skeleton h={14} w={90} mb="sm" />
          <Skeleton h={22} w="45%" mb="md" />
          <Skeleton h={12} mb={8} />
          <Skeleton h={12} w="80%" />
        </Paper>
      ))}
    </Stack>
  );
}
