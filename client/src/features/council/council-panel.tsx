import { Anchor, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useQuery } from "urql";
import { UserAvatar } from "../../components/user-avatar";
import type { ReviewCoverageState } from "../../gql/graphql";
import { PlanCouncilQuery } from "./council-documents";

export const REVIEW_STATE: Record<ReviewCoverageState, { label: string; color: string }> = {
  REVIEWED: { label: "Reviewed", color: "teal" },
  CHANGES_NEEDED: { label: "Changes needed", color: "red" },
  WAITING: { label: "Waiting", color: "gray" },
  STALE: { label: "Changed since review", color: "orange" },
  UNASSIGNED: { label: "No reviewer", color: "gray" },
};

/** The plan page's council box: each seated member, their region, the tactic they own and its review state. */
export function CouncilPanel({ planId }: { planId: string }) {
  const [{ data }] = useQuery({ query: PlanCouncilQuery, variables: { planId } });
  const seats = data?.plan.council ?? [];
  return (
    <Paper withBorder p="md" data-testid="council-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h5">
            Sales council
          </Title>
          <Group gap="xs">
            <Anchor component={Link} to={`/plans/${planId}/feedback`} size="sm">
              Feedback calls
            </Anchor>
            <Anchor component={Link} to={`/plans/${planId}/insights`} size="sm">
              Field insights
            </Anchor>
            <Anchor component={Link} to={`/plans/${planId}/digest`} size="sm">
              Digest
            </Anchor>
          </Group>
        </Group>
        {seats.length === 0 && (
          <Text size="sm" c="dimmed">
            No council members are seated yet. An organisation admin adds them to the roster.
          </Text>
        )}
        {seats.map(({ member, tactics }) => (
          <Stack key={member.id} gap={4} data-testid="council-seat">
            <Group gap="xs" wrap="nowrap">
              <UserAvatar name={member.user.name} color={member.user.color} size="sm" />
              <Text size="sm" fw={500}>
                {member.user.name}
              </Text>
              <Text size="xs" c="dimmed">
                {member.region}
                {member.awayUntil ? ` · away until ${member.awayUntil}` : ""}
              </Text>
            </Group>
            {tactics.map((tactic) => (
              <Group key={tactic.sectionId} gap="xs" pl={34} wrap="nowrap">
                <Text size="xs" style={{ flex: 1 }} truncate>
                  {tactic.title}
                </Text>
                <Badge size="xs" variant="light" color={REVIEW_STATE[tactic.state].color}>
                  {REVIEW_STATE[tactic.state].label}
                </Badge>
              </Group>
            ))}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
