import { Alert, Anchor, Badge, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { FullPageLoader } from "../../components/full-page-loader";
import { describeError } from "../../components/graphql-errors";
import type { AgendaItemKind, FeedbackSessionPageQuery } from "../../gql/graphql";
import { BackToPlanLink } from "./back-to-plan-link";
import {
  AddActionItemMutation,
  AddAgendaItemMutation,
  CloseActionItemMutation,
  FeedbackSessionQuery,
  UpdateSessionNotesMutation,
} from "./council-documents";

type Session = NonNullable<FeedbackSessionPageQuery["feedbackSession"]>;

const KIND: Record<AgendaItemKind, string> = {
  OPEN_THREAD: "Open thread",
  STALE_APPROVAL: "Stale approval",
  TACTIC_REVIEW: "Tactic review",
  LEAD_DEFINITION_CHANGE: "Lead definition",
  CAMPAIGN_PREP: "Campaign prep",
  MANUAL: "Added",
};

function failed(title: string, error: Parameters<typeof describeError>[0]): boolean {
  if (!error) return false;
  notifications.show({ color: "red", title, message: describeError(error) });
  return true;
}

/** One feedback call: who is on it, the agenda sent ahead, notes, and action items (which can close threads). */
export function FeedbackSessionPage() {
  const { planId = "", sessionId = "" } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: FeedbackSessionQuery, variables: { id: sessionId, planId } });
  if (!data && fetching) return <FullPageLoader />;
  if (!data?.feedbackSession) return <Alert color="red">{describeError(error) ?? "This call is not available."}</Alert>;
  const session = data.feedbackSession;
  const canRun = data.plan.viewerCan.runFeedback;
  const reload = () => refetch({ requestPolicy: "network-only" });
  return (
    <Stack gap="md">
      <BackToPlanLink planId={planId} toCalls />
      <Title order={1} size="h2">
        Feedback call · {new Date(session.scheduledAt).toLocaleString()}
      </Title>
      <Group gap="xs" data-testid="participants">
        {session.participants.map((participant) => (
          <Badge key={participant.userId} variant="light" color={participant.kind === "ROTATION" ? "grape" : "blue"}>
            {participant.name}
            {participant.region ? ` · ${participant.region}` : ""}
          </Badge>
        ))}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <AgendaPanel planId={planId} session={session} canRun={canRun} onChanged={reload} />
        <Stack gap="md">
          <ActionItemsPanel session={session} members={data.plan.members.map((member) => member.user)} canRun={canRun} onChanged={reload} />
          <NotesPanel session={session} canRun={canRun} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

function AgendaPanel({ planId, session, canRun, onChanged }: { planId: string; session: Session; canRun: boolean; onChanged(): void }) {
  const [title, setTitle] = useState("");
  const [adding, addItem] = useMutation(AddAgendaItemMutation);
  const add = async () => {
    if (failed("Couldn't add the item", (await addItem({ input: { sessionId: session.id, title } })).error)) return;
    setTitle("");
    onChanged();
  };
  return (
    <Paper withBorder p="md" data-testid="agenda">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Agenda
        </Title>
        {session.agenda.length === 0 && <Text c="dimmed">Nothing open on the plan: bring what you hear in the field.</Text>}
        {session.agenda.map((item) => (
          <Stack key={item.id} gap={2} data-testid="agenda-item" data-thread-id={item.threadId ?? undefined}>
            <Group gap="xs" wrap="nowrap" align="start">
              <Text fw={600} w={22}>
                {item.position}.
              </Text>
              <Stack gap={2} style={{ flex: 1 }}>
                <Text size="sm">{item.title}</Text>
                <Group gap="xs">
                  <Badge size="xs" variant="outline">
                    {KIND[item.kind]}
                  </Badge>
                  {item.detail && (
                    <Text size="xs" c="dimmed">
                      {item.detail}
                    </Text>
                  )}
                  {item.threadId && (
                    <Anchor component={Link} size="xs" to={`/plans/${planId}?thread=${item.threadId}`}>
                      Open the thread
                    </Anchor>
                  )}
                </Group>
              </Stack>
            </Group>
          </Stack>
        ))}
        {canRun && (
          <Group align="end">
            <TextInput label="Add an item" value={title} onChange={(event) => setTitle(event.currentTarget.value)} style={{ flex: 1 }} />
            <Button variant="light" onClick={() => void add()} loading={adding.fetching} disabled={!title.trim()}>
              Add
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

interface Person {
  id: string;
  name: string;
}

function ActionItemsPanel({ session, members, canRun, onChanged }: { session: Session; members: Person[]; canRun: boolean; onChanged(): void }) {
  const [title, setTitle] = useState("");
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState(() => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10));
  const [threadId, setThreadId] = useState<string | null>(null);
  const [adding, addItem] = useMutation(AddActionItemMutation);
  const [, closeItem] = useMutation(CloseActionItemMutation);
  const threads = session.agenda.filter((item) => item.threadId).map((item) => ({ value: item.threadId!, label: `${item.position}. ${item.title}` }));
  const add = async () => {
    const result = await addItem({ input: { sessionId: session.id, title, ownerId: ownerId ?? "", dueOn, threadId } });
    if (failed("Couldn't add the action item", result.error)) return;
    setTitle("");
    setThreadId(null);
    onChanged();
  };
  const close = async (id: string) => {
    if (failed("Couldn't close the action item", (await closeItem({ id })).error)) return;
    notifications.show({ color: "teal", title: "Action item closed", message: "Its linked thread is resolved, with a note naming this call." });
    onChanged();
  };
  return (
    <Paper withBorder p="md" data-testid="action-items">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Action items
        </Title>
        {session.actionItems.length === 0 && <Text c="dimmed">None yet.</Text>}
        {session.actionItems.map((item) => (
          <Group key={item.id} gap="xs" wrap="nowrap" data-testid="action-item">
            <Checkbox
              aria-label={`Close “${item.title}”`}
              checked={item.isDone}
              disabled={item.isDone}
              onChange={() => void close(item.id)}
            />
            <Stack gap={0} style={{ flex: 1 }}>
              <Text size="sm" td={item.isDone ? "line-through" : undefined}>
                {item.title}
              </Text>
              <Text size="xs" c="dimmed">
                {item.owner.name} · due {item.dueOn}
                {item.threadId ? " · closes its thread" : ""}
              </Text>
            </Stack>
            {item.isDone && (
              <Badge color="teal" variant="light">
                Done
              </Badge>
            )}
          </Group>
        ))}
        {canRun && (
          <Stack gap="xs">
            <TextInput label="New action item" value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
            <Group grow>
              <Select label="Owner" placeholder="Who does it" data={members.map((member) => ({ value: member.id, label: member.name }))} value={ownerId} onChange={setOwnerId} searchable />
              <TextInput label="Due" type="date" value={dueOn} onChange={(event) => setDueOn(event.currentTarget.value)} />
            </Group>
            <Select label="Linked thread" placeholder="No thread" data={threads} value={threadId} onChange={setThreadId} clearable />
            <Button onClick={() => void add()} loading={adding.fetching} disabled={!title.trim() || !ownerId}>
              Add action item
            </Button>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function NotesPanel({ session, canRun }: { session: Session; canRun: boolean }) {
  const [notes, setNotes] = useState(session.notes);
  const [saving, save] = useMutation(UpdateSessionNotesMutation);
  useEffect(() => setNotes(session.notes), [session.notes]);
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          Notes
        </Title>
        <Textarea autosize minRows={4} value={notes} readOnly={!canRun} onChange={(event) => setNotes(event.currentTarget.value)} aria-label="Notes" />
        {canRun && (
          <Group justify="end">
            <Button
              variant="light"
              loading={saving.fetching}
              disabled={notes === session.notes}
              onClick={() => void save({ input: { sessionId: session.id, notes } }).then((result) => failed("Couldn't save the notes", result.error))}
            >
              Save notes
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
