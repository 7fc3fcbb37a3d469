import { Anchor, Button, Collapse, Group, Stack } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconBulb } from "@tabler/icons-react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { InsightCard } from "./insight-card";
import { SectionInsightsQuery } from "./insights-documents";

/** Under a section of the plan page: how many field insights marketing linked to it, opening the list. */
export function SectionInsights({ planId, sectionId, sectionTitle }: { planId: string; sectionId: string; sectionTitle: string }) {
  const [{ data }] = useQuery({ query: SectionInsightsQuery, variables: { planId } });
  const [isOpen, open] = useDisclosure(false);
  const linked = (data?.plan.sectionInsights ?? []).filter((link) => link.sectionId === sectionId);
  if (linked.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="section-insights">
      <Group gap="xs">
        <Button
          size="compact-xs"
          variant="default"
          leftSection={<IconBulb size={14} />}
          onClick={open.toggle}
          aria-expanded={isOpen}
          aria-label={`${linked.length} field ${linked.length === 1 ? "insight" : "insights"} for ${sectionTitle}`}
        >
          {linked.length} field {linked.length === 1 ? "insight" : "insights"}
        </Button>
        <Anchor component={Link} to={`/plans/${planId}/insights`} size="xs">
          All insights
        </Anchor>
      </Group>
      <Collapse expanded={isOpen}>
        <Stack gap="xs">
          {linked.map(({ insight }) => (
            <InsightCard key={insight.id} insight={insight} />
          ))}
        </Stack>
      </Collapse>
    </Stack>
  );
}
