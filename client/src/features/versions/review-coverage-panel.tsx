import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useMutation } from "urql";
import type { ReviewCoverageState } from "../../gql/graphql";
import { reportFailure, type CoverageEntry } from "./use-plan-signoff";
import { ReviewTacticMutation } from "./versions-documents";

const STATE: Record<ReviewCoverageState, { label: string; color: string }> = {
  REVIEWED: { label: "Reviewed", color: "teal" },
  CHANGES_NEEDED: { label: "Changes needed", color: "red" },
  WAITING: { label: "Waiting", color: "gray" },
  STALE: { label: "Changed since review", color: "orange" },
  UNASSIGNED: { label: "No reviewer", color: "gray" },
};

interface ReviewCoveragePanelProps {
  versionId: string;
  versionNumber: number;
  sections: CoverageEntry[];
  myId: string;
  onChanged(): void;
}

/** Council review of each tactic for the version under review; the assigned reviewer marks it here. */
export function ReviewCoveragePanel({ versionId, versionNumber, sections, myId, onChanged }: ReviewCoveragePanelProps) {
  const [, reviewTactic] = useMutation(ReviewTacticMutation);
  const markReviewed = async (sectionId: string) => {
    const result = await reviewTactic({ input: { versionId, sectionId, state: "REVIEWED" } });
    if (!reportFailure("Couldn't record the review", result.error)) onChanged();
  };
  return (
    <Paper withBorder p="md" data-testid="review-coverage">
      <Stack gap="sm">
        <Title order={2} size="h5">
          Council review · version {versionNumber}
        </Title>
        {sections.map((entry) => {
          const state = STATE[entry.state];
          const isMine = entry.reviewer?.id === myId;
          return (
            <Group key={entry.sectionId} justify="space-between" wrap="nowrap" gap="xs" data-coverage-section={entry.sectionId} data-state={entry.state}>
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" truncate>
                  {entry.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {entry.reviewer?.name ?? "Unassigned"}
                </Text>
              </Stack>
              <Group gap={6} wrap="nowrap">
                <Badge size="sm" variant="light" color={state.color}>
                  {state.label}
                </Badge>
                {isMine && entry.state !== "REVIEWED" && (
                  <Button size="compact-xs" variant="light" onClick={() => void markReviewed(entry.sectionId)}>
                    Mark reviewed
                  </Button>
                )}
              </Group>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
