import { ActionIcon, Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { FullPageLoader } from "../../components/full-page-loader";
import { describeError } from "../../components/graphql-errors";
import type { InsightKind, PlanInsightsQuery as PlanInsightsResult } from "../../gql/graphql";
import { BackToPlanLink } from "./back-to-plan-link";
import { INSIGHT_KINDS, InsightCard } from "./insight-card";
import { FieldInsightsQuery, LinkInsightMutation, LogInsightMutation, PlanInsightsQuery, UnlinkInsightMutation } from "./insights-documents";
import { PollsPanel } from "./polls-panel";

type Plan = PlanInsightsResult["plan"];
type Tags = { region: string; segment: string; product: string };

const NO_TAGS: Tags = { region: "", segment: "", product: "" };
/** An empty list names no FieldInsight, so the cache would not know a new insight concerns it. */
const REFRESH_ON_NEW_INSIGHT = { additionalTypenames: ["FieldInsight"] };
const KIND_OPTIONS = Object.entries(INSIGHT_KINDS).map(([value, { label }]) => ({ value, label }));

/** Empty tags mean "any": the server takes null for no filter. */
function tagsOrNull(tags: Tags) {
  const value = (text: string) => text.trim() || null;
  return { region: value(tags.region), segment: value(tags.segment), product: value(tags.product) };
}

/** What the field sees in the market, linked into this plan's sections by marketing, and quick polls to the field. */
export function InsightsPage() {
  const { planId = "" } = useParams();
  const [{ data, fetching, error }, refetchPlan] = useQuery({ query: PlanInsightsQuery, variables: { planId } });
  if (!data && fetching) return <FullPageLoader />;
  if (!data) return <Alert color="red">{describeError(error) ?? "Field insights are not available."}</Alert>;
  const refresh = () => refetchPlan({ requestPolicy: "network-only" });
  return (
    <Stack gap="md">
      <BackToPlanLink planId={planId} />
      <Title order={1} size="h2">
        Field insights · {data.plan.title}
      </Title>
      <Text c="dimmed" size="sm">
        Pain points, competitor moves, micro-trends and buying-group roles seen in the field. Marketing links them to the sections they bear on;
        quick polls ask the whole field one question and show the answers by region.
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" style={{ alignItems: "start" }}>
        <Stack gap="md">
          <LogInsightForm onLogged={refresh} />
          <InsightList plan={data.plan} onChanged={refresh} />
        </Stack>
        <PollsPanel plan={data.plan} onChanged={refresh} />
      </SimpleGrid>
    </Stack>
  );
}

/** Region, segment and product: the tags of a new insight, or the list's filters (`isFilter`). */
function TagInputs({ tags, onChange, isFilter = false }: { tags: Tags; onChange(tags: Tags): void; isFilter?: boolean }) {
  const label = (tag: string) => (isFilter ? `Filter by ${tag.toLowerCase()}` : tag);
  return (
    <Group grow gap="xs">
      <TextInput label={label("Region")} value={tags.region} onChange={(event) => onChange({ ...tags, region: event.currentTarget.value })} />
      <TextInput label={label("Segment")} value={tags.segment} onChange={(event) => onChange({ ...tags, segment: event.currentTarget.value })} />
      <TextInput label={label("Product")} value={tags.product} onChange={(event) => onChange({ ...tags, product: event.currentTarget.value })} />
    </Group>
  );
}

function LogInsightForm({ onLogged }: { onLogged(): void }) {
  const [logging, log] = useMutation(LogInsightMutation);
  const [kind, setKind] = useState<InsightKind>("PAIN_POINT");
  const [body, setBody] = useState("");
  const [tags, setTags] = useState<Tags>(NO_TAGS);
  const submit = async () => {
    const result = await log({ input: { kind, body, ...tagsOrNull(tags) } });
    if (result.error) return notifications.show({ color: "red", title: "Couldn't log the insight", message: describeError(result.error) });
    setBody("");
    setTags(NO_TAGS);
    onLogged();
  };
  return (
    <Paper withBorder p="md" component="form" aria-label="Log an insight" onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}>
      <Stack gap="sm">
        <Title order={2} size="h5">
          Log an insight
        </Title>
        <Select label="Kind" data={KIND_OPTIONS} value={kind} onChange={(value) => {
            if (value) setKind(value as InsightKind);
          }} allowDeselect={false} />
        <Textarea label="What did you see?" autosize minRows={2} value={body} onChange={(event) => setBody(event.currentTarget.value)} />
        <TagInputs tags={tags} onChange={setTags} />
        <Group justify="flex-end">
          <Button type="submit" loading={logging.fetching} disabled={body.trim() === ""}>
            Log insight
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function InsightList({ plan, onChanged }: { plan: Plan; onChanged(): void }) {
  const [filter, setFilter] = useState<Tags>(NO_TAGS);
  // One request when typing pauses, not one per key.
  const [settled] = useDebouncedValue(filter, 250);
  const [{ data, error }] = useQuery({ query: FieldInsightsQuery, variables: { filter: tagsOrNull(settled) }, context: REFRESH_ON_NEW_INSIGHT });
  const insights = data?.fieldInsights ?? [];
  return (
    <Stack gap="sm" data-testid="insight-list">
      <Title order={2} size="h5">
        What the field logged
      </Title>
      <TagInputs tags={filter} onChange={setFilter} isFilter />
      {error && <Alert color="red">{describeError(error)}</Alert>}
      {data && insights.length === 0 && (
        <Text size="sm" c="dimmed">
          No insights match.
        </Text>
      )}
      {insights.map((insight) => (
        <InsightCard key={insight.id} insight={insight}>
          <InsightLinks plan={plan} insightId={insight.id} onChanged={onChanged} />
        </InsightCard>
      ))}
    </Stack>
  );
}

/** The sections an insight is linked to; marketing links and unlinks. */
function InsightLinks({ plan, insightId, onChanged }: { plan: Plan; insightId: string; onChanged(): void }) {
  const [linking, link] = useMutation(LinkInsightMutation);
  const [, unlink] = useMutation(UnlinkInsightMutation);
  const linkedIds = new Set(plan.sectionInsights.filter((entry) => entry.insight.id === insightId).map((entry) => entry.sectionId));
  const linked = plan.sections.filter((section) => linkedIds.has(section.id));
  const change = async (sectionId: string, isLinked: boolean) => {
    const input = { insightId, planId: plan.id, sectionId };
    const result = isLinked ? await link({ input }) : await unlink({ input });
    if (result.error) return notifications.show({ color: "red", title: "Couldn't change the link", message: describeError(result.error) });
    onChanged();
  };
  if (linked.length === 0 && !plan.viewerCan.linkInsight) return null;
  return (
    <Group gap="xs">
      {linked.map((section) => (
        <Badge
          key={section.id}
          variant="light"
          data-testid="linked-section"
          rightSection={
            plan.viewerCan.linkInsight && (
              <ActionIcon size="xs" variant="transparent" aria-label={`Unlink from ${section.title}`} onClick={() => void change(section.id, false)}>
                <IconX size={12} />
              </ActionIcon>
            )
          }
        >
          {section.title}
        </Badge>
      ))}
      {plan.viewerCan.linkInsight && (
        <Select
          size="xs"
          w={240}
          placeholder="Link to a section"
          aria-label="Link to a section"
          data={plan.sections.filter((section) => !linkedIds.has(section.id)).map((section) => ({ value: section.id, label: section.title }))}
          value={null}
          disabled={linking.fetching}
          onChange={(sectionId) => {
            if (sectionId) void change(sectionId, true);
          }}
          searchable
        />
      )}
    </Group>
  );
}
