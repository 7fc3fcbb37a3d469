import { Badge, Group, Paper, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import type { InsightFieldsFragment, InsightKind } from "../../gql/graphql";

export const INSIGHT_KINDS: Record<InsightKind, { label: string; color: string }> = {
  // Dark shades: the kind badges' text must keep a 4.5:1 contrast (axe).
  PAIN_POINT: { label: "Pain point", color: "red.9" },
  COMPETITOR_MOVE: { label: "Competitor move", color: "indigo.9" },
  MICRO_TREND: { label: "Micro-trend", color: "teal.9" },
  BUYING_GROUP: { label: "Buying group", color: "grape.9" },
};

/** One insight from the field: what was seen, its tags and who logged it; `children` adds the linking controls. */
export function InsightCard({ insight, children }: { insight: InsightFieldsFragment; children?: ReactNode }) {
  const tags = [insight.region, insight.segment, insight.product].filter((tag): tag is string => Boolean(tag));
  return (
    <Paper withBorder p="sm" data-testid="insight" data-insight-id={insight.id}>
      <Stack gap={6}>
        <Group gap="xs">
          <Badge size="sm" variant="outline" color={INSIGHT_KINDS[insight.kind].color}>
            {INSIGHT_KINDS[insight.kind].label}
          </Badge>
          {tags.map((tag) => (
            <Badge key={tag} size="sm" variant="outline" color="dark">
              {tag}
            </Badge>
          ))}
        </Group>
        <Text size="sm">{insight.body}</Text>
        <Text size="xs" c="dimmed">
          {insight.author.name} · {new Date(insight.createdAt).toLocaleDateString()}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}
