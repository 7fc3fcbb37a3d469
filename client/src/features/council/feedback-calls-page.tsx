import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { FullPageLoader } from "../../components/full-page-loader";
import { describeError } from "../../components/graphql-errors";
import { CreateFeedbackSessionMutation, FeedbackCallsQuery } from "./council-documents";
import { BackToPlanLink } from "./back-to-plan-link";

const CADENCE = { WEEKLY: "weekly", BIWEEKLY: "every two weeks", MONTHLY: "monthly" } as const;

/** "2026-12-01T15:00" in the viewer's time zone, for a datetime-local input. */
function localInputValue(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** The plan's feedback calls: the series, past and upcoming calls, and scheduling the next one. */
export function FeedbackCallsPage() {
  const { planId = "" } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: FeedbackCallsQuery, variables: { planId } });
  const [creating, create] = useMutation(CreateFeedbackSessionMutation);
  const [when, setWhen] = useState(() => localInputValue(new Date(Date.now() + 7 * 86_400_000)));
  if (!data && fetching) return <FullPageLoader />;
  if (!data) return <Alert color="red">{describeError(error) ?? "Feedback calls are not available."}</Alert>;
  const { plan, feedbackSeries: series } = data;
  const schedule = async () => {
    const result = await create({ input: { planId, scheduledAt: new Date(when).toISOString() } });
    if (result.error) return notifications.show({ color: "red", title: "Couldn't schedule the call", message: describeError(result.error) });
    notifications.show({ color: "teal", title: "Call scheduled", message: "The agenda went to everyone on the call." });
    void navigate(`/plans/${planId}/feedback/${result.data!.createFeedbackSession.id}`);
  };
  return (
    <Stack gap="md">
      <BackToPlanLink planId={planId} />
      <Title order={1} size="h2">
        Feedback calls · {plan.title}
      </Title>
      <Text c="dimmed" size="sm">
        Marketing and inside sales meet the field {CADENCE[series.cadence]}; {series.managersPerSession} regional managers join each call in
        turn, so every region is heard over time. The agenda is built from the plan's open items and sent ahead.
      </Text>
      {plan.viewerCan.runFeedback && (
        <Paper withBorder p="md">
          <Group align="end">
            <TextInput type="datetime-local" label="Next call" value={when} onChange={(event) => setWhen(event.currentTarget.value)} />
            <Button onClick={() => void schedule()} loading={creating.fetching}>
              Schedule call and send agenda
            </Button>
            {series.nextSessionAt && (
              <Text size="sm" c="dimmed">
                By the cadence the next call falls on {new Date(series.nextSessionAt).toLocaleDateString()}.
              </Text>
            )}
          </Group>
        </Paper>
      )}
      <Table striped data-testid="feedback-calls">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>On the call</Table.Th>
            <Table.Th>Agenda</Table.Th>
            <Table.Th>Action items</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.feedbackSessions.map((session) => (
            <Table.Tr key={session.id}>
              <Table.Td>
                <Anchor component={Link} to={`/plans/${planId}/feedback/${session.id}`}>
                  {new Date(session.scheduledAt).toLocaleString()}
                </Anchor>
              </Table.Td>
              <Table.Td>{session.participants.map((participant) => participant.name).join(", ")}</Table.Td>
              <Table.Td>{session.agenda.length} items</Table.Td>
              <Table.Td>
                <Badge variant="light" color={session.actionItems.every((item) => item.isDone) ? "teal" : "blue"}>
                  {session.actionItems.filter((item) => item.isDone).length}/{session.actionItems.length} done
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {plan.feedbackSessions.length === 0 && <Text c="dimmed">No calls yet.</Text>}
    </Stack>
  );
}
