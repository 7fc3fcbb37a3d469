import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useMutation } from "urql";
import { useState } from "react";
import type { ReviewCoverageState, TacticReviewState } from "../../gql/graphql";
import { CommentModal } from "./comment-modal";
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
  /** `Plan.viewerCan.reviewTactic`; the table's assignment then says which tactics are the viewer's. */
  canReview: boolean;
  onChanged(): void;
}

/** Council review of each tactic for the version under review; the assigned reviewer marks it here. */
export function ReviewCoveragePanel({ versionId, versionNumber, sections, myId, canReview, onChanged }: ReviewCoveragePanelProps) {
  const [reviewing, reviewTactic] = useMutation(ReviewTacticMutation);
  const [askingFor, setAskingFor] = useState<string | null>(null);
  const review = async (sectionId: string, state: TacticReviewState, comment?: string) => {
    const failed = reportFailure("Couldn't record the review", (await reviewTactic({ input: { versionId, sectionId, state, comment } })).error);
    if (!failed) onChanged();
    return !failed;
  };
  return (
    <Paper withBorder p="md" data-testid="review-coverage">
      <Stack gap="sm">
        <Title order={2} size="h5">
          Council review · version {versionNumber}
        </Title>
        {sections.map((entry) => {
          const state = STATE[entry.state];
          const isMine = canReview && entry.reviewer?.id === myId;
          return (
            <Stack key={entry.sectionId} gap={4} data-coverage-section={entry.sectionId} data-state={entry.state}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" truncate>
                    {entry.title}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {entry.reviewer?.name ?? "Unassigned"}
                  </Text>
                </Stack>
                <Badge size="sm" variant="light" color={state.color} style={{ flexShrink: 0 }}>
                  {state.label}
                </Badge>
              </Group>
              {isMine && (
                <Group gap={6}>
                  {entry.state !== "REVIEWED" && (
                    <Button size="compact-xs" variant="light" onClick={() => void review(entry.sectionId, "REVIEWED")}>
                      Mark reviewed
                    </Button>
                  )}
                  {entry.state !== "CHANGES_NEEDED" && (
                    <Button size="compact-xs" variant="subtle" color="orange" onClick={() => setAskingFor(entry.sectionId)}>
                      Changes needed
                    </Button>
                  )}
                </Group>
              )}
            </Stack>
          );
        })}
      </Stack>
      <CommentModal
        opened={askingFor !== null}
        onClose={() => setAskingFor(null)}
        title="Changes needed"
        label="What does the tactic need?"
        confirmLabel="Send"
        isSaving={reviewing.fetching}
        onSubmit={(comment) => review(askingFor!, "CHANGES_NEEDED", comment)}
      />
    </Paper>
  );
}
