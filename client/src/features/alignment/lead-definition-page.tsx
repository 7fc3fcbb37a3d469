import { Alert, Badge, Button, Group, List, Paper, Stack, Table, Text, ThemeIcon, Title } from "@mantine/core";
import { IconCheck, IconClock, IconSignature, IconSpeakerphone } from "@tabler/icons-react";
import { useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { FullPageLoader } from "../../components/full-page-loader";
import { describeError } from "../../components/graphql-errors";
import { RelativeTime } from "../../components/relative-time";
import type { LeadDefinitionStatus } from "../../gql/graphql";
import { BackToPlan } from "../../components/back-to-plan";
import { AcknowledgeLeadDefinitionMutation, CosignLeadDefinitionMutation, LeadDefinitionQuery, PublishLeadDefinitionMutation } from "./alignment-documents";
import { CriterionComments } from "./criterion-comments";
import { GradingCalculator } from "./grading-calculator";
import { OPERATOR_LABELS, RubricEditor } from "./rubric-editor";
import { succeeded } from "./run-mutation";

const STATUS: Record<LeadDefinitionStatus, { label: string; color: string }> = {
  DRAFT: { label: "Draft: not published", color: "gray" },
  PUBLISHED: { label: "Published", color: "teal" },
  CHANGED: { label: "Changed since published", color: "orange" },
};

/** The shared definition of a lead: marketing drafts, a sales director co-signs, the field acknowledges. */
export function LeadDefinitionPage() {
  const { planId = "" } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: LeadDefinitionQuery, variables: { id: planId } });
  const [, publish] = useMutation(PublishLeadDefinitionMutation);
  const [, cosign] = useMutation(CosignLeadDefinitionMutation);
  const [, acknowledge] = useMutation(AcknowledgeLeadDefinitionMutation);
  const plan = data?.plan;
  if (!plan && fetching) return <FullPageLoader />;
  if (!plan) return <Alert color="red">{describeError(error) ?? "The lead definition is not available."}</Alert>;
  const definition = plan.leadDefinition;
  const reload = () => refetch({ requestPolicy: "network-only" });
  const act = async (run: Promise<{ error?: import("urql").CombinedError }>, failure: string) => {
    if (await succeeded(run, failure)) reload();
  };
  const isPublished = definition.status === "PUBLISHED";
  const mine = plan.viewerCan.acknowledgeLeads;
  const attributes = [...new Set(definition.criteria.map((criterion) => criterion.attribute))];
  return (
    <Stack gap="md" data-testid="lead-definition">
      <BackToPlan planId={planId} />
      <Group justify="space-between" align="center">
        <Group gap="sm">
          <Title order={1} size="h2">
            Lead definition
          </Title>
          <Badge color={STATUS[definition.status].color} data-testid="lead-status">
            {STATUS[definition.status].label}
          </Badge>
          <Text size="sm" c="dimmed">
            revision {definition.revision}
          </Text>
          {definition.isCosigned && definition.cosignedBy && (
            <Badge color="indigo" leftSection={<IconSignature size={12} />} data-testid="cosigned">
              Co-signed by {definition.cosignedBy.name}
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          {plan.viewerCan.editLeads && (
            <Button leftSection={<IconSpeakerphone size={16} />} disabled={isPublished || definition.criteria.length === 0} onClick={() => void act(publish({ planId }), "Couldn't publish")}>
              {definition.status === "CHANGED" ? "Publish changes to the field" : "Publish to the field"}
            </Button>
          )}
          {plan.viewerCan.cosignLeads && (
            <Button variant="light" leftSection={<IconSignature size={16} />} disabled={!isPublished || definition.isCosigned} onClick={() => void act(cosign({ planId }), "Couldn't co-sign")}>
              Co-sign as sales director
            </Button>
          )}
        </Group>
      </Group>
      {plan.viewerCan.editLeads ? (
        <Paper withBorder p="md">
          <RubricEditor key={definition.revision} planId={planId} definition={definition} onSaved={reload} />
        </Paper>
      ) : (
        <RubricView definition={definition} />
      )}
      <CriterionComments planId={planId} criteria={definition.criteria} threads={plan.threads} canComment={plan.viewerCan.comment} onChanged={reload} />
      <FieldAcknowledgements rows={definition.fieldAcknowledgements} />
      {mine && (
        <Alert color={isPublished ? "blue" : "gray"} title="Your acknowledgement">
          <Group justify="space-between">
            <Text size="sm">{isPublished ? "Read the rubric above, then acknowledge it (or comment on the plan)." : "Nothing to acknowledge until marketing publishes the rubric."}</Text>
            <Button disabled={!isPublished} onClick={() => void act(acknowledge({ planId }), "Couldn't acknowledge")}>
              Acknowledge lead definition
            </Button>
          </Group>
        </Alert>
      )}
      <GradingCalculator planId={planId} attributes={attributes} />
    </Stack>
  );
}

type Definition = NonNullable<import("../../gql/graphql").LeadDefinitionQuery["plan"]>["leadDefinition"];

function RubricView({ definition }: { definition: Definition }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Text size="sm">
          <b>Qualified lead:</b> {definition.qualifiedLeadDefinition || "—"}
        </Text>
        <Text size="sm">
          <b>Who grades:</b> {definition.gradingResponsibility || "—"}
        </Text>
        <Text size="sm">
          A from {definition.thresholdA} points, B from {definition.thresholdB}, C from {definition.thresholdC}; below {definition.thresholdC}: not a lead.
        </Text>
        <Table>
          <Table.Tbody>
            {definition.criteria.map((criterion) => (
              <Table.Tr key={criterion.id}>
                <Table.Td>{criterion.kind === "FIT" ? "Fit" : "Engagement"}</Table.Td>
                <Table.Td>{criterion.label}</Table.Td>
                <Table.Td>
                  {criterion.attribute} {OPERATOR_LABELS[criterion.operator]} {criterion.values.join(", ")}
                </Table.Td>
                <Table.Td>{criterion.points >= 0 ? `+${criterion.points}` : criterion.points}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

function FieldAcknowledgements({ rows }: { rows: Definition["fieldAcknowledgements"] }) {
  return (
    <Paper withBorder p="md" data-testid="field-acknowledgements">
      <Title order={2} size="h4" mb="xs">
        Field acknowledgements ({rows.filter((row) => row.isCurrent).length} of {rows.length})
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No field reps in this plan yet.
        </Text>
      ) : (
        <List spacing={4}>
          {rows.map((row) => (
            <List.Item
              key={row.user.id}
              data-acknowledged={row.isCurrent}
              icon={
                <ThemeIcon size={20} radius="xl" color={row.isCurrent ? "teal" : "gray"}>
                  {row.isCurrent ? <IconCheck size={12} /> : <IconClock size={12} />}
                </ThemeIcon>
              }
            >
              <Text size="sm" span>
                {row.user.name}
                {row.user.jobTitle ? `, ${row.user.jobTitle}` : ""}:{" "}
              </Text>
              <Text size="sm" span c="dimmed">
                {row.isCurrent && row.acknowledgedAt ? (
                  <>
                    acknowledged <RelativeTime iso={row.acknowledgedAt} />
                  </>
                ) : row.acknowledgedRevision ? (
                  `acknowledged revision ${row.acknowledgedRevision}, which has since changed`
                ) : (
                  "not acknowledged"
                )}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
