import { Alert, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useParams } from "react-router";
import { useQuery } from "urql";
import { FullPageLoader } from "../../components/full-page-loader";
import { describeError } from "../../components/graphql-errors";
import type { SectionChange, WordChangeKind } from "../../gql/graphql";
import classes from "./versions.module.css";
import { DiffVersionsQuery, DiffWithDraftQuery } from "./versions-documents";
import { BackToPlan } from "../../components/back-to-plan";

interface SectionDiff {
  sectionId: string;
  change: SectionChange;
  title: string;
  previousTitle?: string | null;
  isMoved: boolean;
  isReviewerChanged: boolean;
  words: { kind: WordChangeKind; text: string }[];
}

const CHANGE: Record<SectionChange, { label: string; color: string }> = {
  ADDED: { label: "Added", color: "teal" },
  REMOVED: { label: "Removed", color: "red" },
  MOVED: { label: "Moved", color: "blue" },
  RENAMED: { label: "Renamed", color: "violet" },
  EDITED: { label: "Edited", color: "orange" },
  UNCHANGED: { label: "Unchanged", color: "gray" },
};

/** Two versions (or a version and the live draft) side by side in one column: changed sections first. */
export function VersionDiffPage() {
  const { planId = "", fromId = "", toId = "" } = useParams();
  const isDraft = toId === "draft";
  const [versions] = useQuery({ query: DiffVersionsQuery, variables: { from: fromId, to: toId }, pause: isDraft });
  const [draft] = useQuery({ query: DiffWithDraftQuery, variables: { from: fromId }, pause: !isDraft });
  const result = isDraft ? draft : versions;
  const diff = isDraft ? draft.data?.diffVersionWithDraft : versions.data?.diffVersions;
  if (!diff && result.fetching) return <FullPageLoader />;
  if (!diff) return <Alert color="red">{describeError(result.error) ?? "This comparison is not available."}</Alert>;
  const toNumber = versions.data?.diffVersions.to?.number;
  const toLabel = isDraft || !toNumber ? "the live draft" : `version ${toNumber}`;
  const sections: SectionDiff[] = diff.sections;
  const changed = sections.filter((section) => section.change !== "UNCHANGED");
  const unchanged = sections.length - changed.length;
  return (
    <Stack gap="md" data-testid="version-diff">
      <BackToPlan planId={planId} />
      <Title order={1} size="h2">
        Version {diff.from.number} → {toLabel}
      </Title>
      <Text size="sm" c="dimmed">
        {changed.length === 0 ? "No changes." : `${changed.length} section${changed.length === 1 ? "" : "s"} changed`}
        {unchanged > 0 ? `, ${unchanged} unchanged` : ""}.
      </Text>
      {changed.map((section) => (
        <SectionDiffCard key={section.sectionId} section={section} />
      ))}
    </Stack>
  );
}

function SectionDiffCard({ section }: { section: SectionDiff }) {
  const change = CHANGE[section.change];
  return (
    <Paper withBorder p="md" data-diff-section={section.sectionId} data-change={section.change}>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={2} size="h4">
            {section.title}
          </Title>
          <Badge variant="light" color={change.color}>
            {change.label}
          </Badge>
          {section.isMoved && section.change !== "MOVED" && <Badge variant="outline">Moved</Badge>}
          {section.isReviewerChanged && <Badge variant="outline">Reviewer changed</Badge>}
        </Group>
        {section.previousTitle && (
          <Text size="sm" c="dimmed">
            Was “{section.previousTitle}”
          </Text>
        )}
        <Text size="sm" className={classes.diffText}>
          {section.words.map((word, index) =>
            word.kind === "ADDED" ? (
              <ins key={index} className={classes.added}>
                {word.text}
              </ins>
            ) : word.kind === "REMOVED" ? (
              <del key={index} className={classes.removed}>
                {word.text}
              </del>
            ) : (
              <span key={index}>{word.text}</span>
            ),
          )}
        </Text>
      </Stack>
    </Paper>
  );
}
