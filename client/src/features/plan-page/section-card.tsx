import { ActionIcon, Badge, Group, Menu, Paper, Select, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { memo, type ComponentType } from "react";
import { SectionKind, type SectionMeta } from "@planbridge/plan-schema";
import type { Editor } from "@tiptap/core";
import { IconArrowDown, IconArrowUp, IconDots, IconPlus, IconTrash, IconUserCheck } from "@tabler/icons-react";
import { ConfirmModal } from "../../components/confirm-modal";
import type { PlanConnection } from "../../collab/plan-connection";
import { deleteSection, moveSection, renameSection } from "@planbridge/plan-schema";
import type { CaretUser } from "../../editor/editor-extensions";
import { SectionEditor, type SectionEditorAddOn } from "../../editor/section-editor";
import type { PlanRole } from "../../gql/graphql";
import type { PlanMember } from "./members-panel";
import classes from "./plan-page.module.css";
import { SECTION_KIND_LABELS } from "../../components/section-kinds";
import { useCurrentUser } from "../../session/current-user";
import { SectionTitleInput } from "./section-title-input";

/** What another feature shows under one section (field insights linked to it). */
export interface SectionFooterProps {
  planId: string;
  sectionId: string;
  sectionTitle: string;
}

export interface SectionCardProps {
  connection: PlanConnection;
  section: SectionMeta;
  index: number;
  count: number;
  members: PlanMember[];
  user: CaretUser;
  canEdit: boolean;
  canAssignReviewer: boolean;
  addOnFor(sectionId: string): SectionEditorAddOn | undefined;
  onAssignReviewer(sectionId: string, userId: string | null): void;
  onAddBelow(sectionId: string): void;
  onActivate(editor: Editor): void;
  planId: string;
  /** Another feature's line under the section (field insights linked to it). */
  SectionFooter?: ComponentType<SectionFooterProps>;
}

/** Memoised: the page re-renders on presence and status changes, which must not touch every editor. */
export const SectionCard = memo(function SectionCard(props: SectionCardProps) {
  const { connection, section, user, canEdit, addOnFor, onActivate, planId, SectionFooter } = props;
  return (
    <Paper withBorder p="lg" className={classes.sectionCard} id={`section-${section.id}`} data-section-id={section.id} component="section" aria-label={section.title}>
      <Stack gap="xs">
        <SectionHeader {...props} />
        <SectionEditor connection={connection} sectionId={section.id} title={section.title} user={user} isEditable={canEdit} addOn={addOnFor(section.id)} onActivate={onActivate} />
        {SectionFooter && <SectionFooter planId={planId} sectionId={section.id} sectionTitle={section.title} />}
      </Stack>
    </Paper>
  );
});

function SectionHeader({ connection, section, index, count, canEdit, onAddBelow, ...rest }: SectionCardProps) {
  const { doc } = connection;
  const [isConfirming, confirm] = useDisclosure(false);
  return (
    <Stack gap={4}>
      <ConfirmModal
        opened={isConfirming}
        title="Delete this section?"
        message={`"${section.title}" and its text will be removed for everyone on the plan.`}
        confirmLabel="Delete section"
        onConfirm={() => deleteSection(doc, section.id)}
        onClose={confirm.close}
      />
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Badge variant="dot" color={section.kind === SectionKind.TACTIC ? "grape" : "indigo"} size="sm">
          {SECTION_KIND_LABELS[section.kind]}
        </Badge>
        {canEdit && (
          <Menu position="bottom-end" shadow="md" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={`Section actions for ${section.title}`}>
                <IconDots size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPlus size={16} />} onClick={() => onAddBelow(section.id)}>
                Add section below
              </Menu.Item>
              <Menu.Item leftSection={<IconArrowUp size={16} />} disabled={index === 0} onClick={() => moveSection(doc, section.id, -1)}>
                Move up
              </Menu.Item>
              <Menu.Item leftSection={<IconArrowDown size={16} />} disabled={index === count - 1} onClick={() => moveSection(doc, section.id, 1)}>
                Move down
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={confirm.open}>
                Delete section
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      <SectionTitleInput title={section.title} isEditable={canEdit} onRename={(title) => renameSection(doc, section.id, title)} />
      {section.kind === SectionKind.TACTIC && <ReviewerLine section={section} {...rest} />}
    </Stack>
  );
}

/**
 * Council members review tactics: editors and commenters. Not the owner, who writes the plan and names the
 * reviewers, nor approvers, who sign the whole plan (the server refuses them too: `canBeTacticReviewer`).
 */
const REVIEWER_ROLES: ReadonlySet<PlanRole> = new Set<PlanRole>(["EDITOR", "COMMENTER"]);

type ReviewerLineProps = Pick<SectionCardProps, "section" | "members" | "canAssignReviewer" | "onAssignReviewer">;

/** Tactics are reviewed by one council member; the owner picks them from the plan's members. */
function ReviewerLine({ section, members, canAssignReviewer, onAssignReviewer }: ReviewerLineProps) {
  const myId = useCurrentUser().id;
  const reviewer = members.find((m) => m.user.id === section.reviewerId)?.user;
  if (canAssignReviewer) {
    return (
      <Group gap="xs">
        <Text size="xs" c="dimmed">
          Council reviewer
        </Text>
        <Select
          size="xs"
          w={240}
          leftSection={<IconUserCheck size={14} />}
          placeholder="Assign a council reviewer"
          aria-label={`Reviewer of ${section.title}`}
          data={members.filter((m) => REVIEWER_ROLES.has(m.role)).map((m) => ({ value: m.user.id, label: m.user.name }))}
          value={section.reviewerId}
          onChange={(userId) => onAssignReviewer(section.id, userId)}
          clearable
        />
      </Group>
    );
  }
  return (
    <Group gap={6}>
      <IconUserCheck size={14} color="var(--mantine-color-dimmed)" />
      <Text size="xs" c="dimmed">
        {/* "Reviewed by" read as if the review were done; this names who is to review it. */}
        {reviewer ? `Reviewer: ${reviewer.id === myId ? "you" : reviewer.name}` : section.reviewerId ? "Reviewer assigned" : "No council reviewer yet"}
      </Text>
    </Group>
  );
}
