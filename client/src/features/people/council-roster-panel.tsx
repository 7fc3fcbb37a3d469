import { Badge, Button, Group, Paper, SegmentedControl, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useMutation, useQuery } from "urql";
import { describeError } from "../../components/graphql-errors";
import { UserAvatar } from "../../components/user-avatar";
import type { CouncilRosterQuery as RosterResult, CouncilSeatKind, UsersQuery as UsersResult } from "../../gql/graphql";
import { ConfirmModal } from "../../components/confirm-modal";
import { useDisclosure } from "@mantine/hooks";
import { CouncilRosterQuery, RemoveCouncilMemberMutation, SetCouncilMemberAwayMutation, SetCouncilMemberMutation } from "./people-documents";

type Member = RosterResult["councilRoster"][number];
type Person = UsersResult["users"][number];

/** Today as YYYY-MM-DD in the viewer's time zone. */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The sales advisory council (admins): seat a person for a region or CRM / sales ops, mark away, remove. */
export function CouncilRosterPanel({ people }: { people: Person[] }) {
  const [{ data, error }, refetch] = useQuery({ query: CouncilRosterQuery });
  const refresh = () => refetch({ requestPolicy: "network-only" });
  const roster = data?.councilRoster ?? [];
  return (
    <Paper withBorder p="md" data-testid="council-roster">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            Sales council
          </Title>
          <Text size="sm" c="dimmed">
            One seat per sales region and one for CRM / sales ops. Regional members take turns on the feedback calls; while away they are skipped.
          </Text>
        </div>
        {error && <Text c="red">{describeError(error)}</Text>}
        {roster.length > 0 && (
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Member</Table.Th>
                <Table.Th>Seat</Table.Th>
                <Table.Th>Term</Table.Th>
                <Table.Th>Away</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {roster.map((member) => (
                <RosterRow key={member.id} member={member} onChanged={refresh} />
              ))}
            </Table.Tbody>
          </Table>
        )}
        {data && roster.length === 0 && (
          <Text size="sm" c="dimmed">
            No one is seated yet.
          </Text>
        )}
        <SeatForm people={people.filter((person) => person.isActive)} onSeated={refresh} />
      </Stack>
    </Paper>
  );
}

function RosterRow({ member, onChanged }: { member: Member; onChanged(): void }) {
  const [away, setAway] = useMutation(SetCouncilMemberAwayMutation);
  const [removal, remove] = useMutation(RemoveCouncilMemberMutation);
  const [awayUntil, setAwayUntil] = useState(member.awayUntil ?? "");
  const [isConfirming, confirm] = useDisclosure(false);
  const saveAway = async (value: string | null) => {
    const result = await setAway({ input: { memberId: member.id, awayUntil: value } });
    if (result.error) return notifications.show({ color: "red", title: "Couldn't mark away", message: describeError(result.error) });
    if (value === null) setAwayUntil("");
    onChanged();
  };
  const doRemove = async () => {
    const result = await remove({ id: member.id });
    if (result.error) return notifications.show({ color: "red", title: "Couldn't remove the member", message: describeError(result.error) });
    onChanged();
  };
  return (
    <Table.Tr data-testid="council-member">
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <UserAvatar name={member.user.name} color={member.user.color} size={26} />
          <Text size="sm" fw={500}>
            {member.user.name}
          </Text>
        </Group>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{member.region}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {member.termStart} – {member.termEnd ?? "open"}
        </Text>
      </Table.Td>
      <Table.Td>
        {member.awayUntil ? (
          <Group gap="xs" wrap="nowrap">
            <Badge variant="outline" color="dark">
              Away until {member.awayUntil}
            </Badge>
            <Button size="compact-xs" variant="default" loading={away.fetching} onClick={() => void saveAway(null)}>
              Back
            </Button>
          </Group>
        ) : (
          <Group gap="xs" wrap="nowrap">
            <TextInput
              size="xs"
              type="date"
              aria-label={`${member.user.name} away until`}
              value={awayUntil}
              onChange={(event) => setAwayUntil(event.currentTarget.value)}
            />
            <Button size="compact-xs" variant="light" disabled={awayUntil === ""} loading={away.fetching} onClick={() => void saveAway(awayUntil)}>
              Mark away
            </Button>
          </Group>
        )}
      </Table.Td>
      <Table.Td ta="right">
        <ConfirmModal
          opened={isConfirming}
          title={`Remove ${member.user.name} from the council?`}
          message="They leave the feedback-call rotation. Their past reviews and comments stay."
          confirmLabel="Remove"
          onConfirm={() => void doRemove()}
          onClose={confirm.close}
        />
        <Button size="compact-xs" variant="subtle" color="red" loading={removal.fetching} onClick={confirm.open} aria-label={`Remove ${member.user.name} from the council`}>
          Remove
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

function SeatForm({ people, onSeated }: { people: Person[]; onSeated(): void }) {
  const [seating, seat] = useMutation(SetCouncilMemberMutation);
  const [userId, setUserId] = useState<string | null>(null);
  const [kind, setKind] = useState<CouncilSeatKind>("REGION");
  const [region, setRegion] = useState("");
  const [termStart, setTermStart] = useState(today);
  const [termEnd, setTermEnd] = useState("");
  const submit = async () => {
    if (!userId) return;
    const input = { userId, kind, region: kind === "REGION" ? region : null, termStart, termEnd: termEnd || null };
    const result = await seat({ input });
    if (result.error) return notifications.show({ color: "red", title: "Couldn't seat them", message: describeError(result.error) });
    setUserId(null);
    setRegion("");
    setTermEnd("");
    onSeated();
  };
  return (
    <Stack gap="xs" component="form" aria-label="Seat a council member" onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}>
      <Title order={3} size="h6">
        Seat someone
      </Title>
      <Group align="end" gap="xs">
        <Select
          label="Person"
          placeholder="Pick a person"
          searchable
          data={people.map((person) => ({ value: person.id, label: person.name }))}
          value={userId}
          onChange={setUserId}
        />
        <SegmentedControl
          aria-label="Seat"
          value={kind}
          onChange={(value) => setKind(value)}
          data={[
            { value: "REGION", label: "Regional seat" },
            { value: "SALES_OPS", label: "CRM / sales ops" },
          ]}
        />
        {kind === "REGION" && <TextInput label="Region" value={region} onChange={(event) => setRegion(event.currentTarget.value)} />}
        <TextInput type="date" label="Term starts" value={termStart} onChange={(event) => setTermStart(event.currentTarget.value)} />
        <TextInput type="date" label="Term ends" value={termEnd} onChange={(event) => setTermEnd(event.currentTarget.value)} />
        <Button type="submit" loading={seating.fetching} disabled={!userId || (kind === "REGION" && region.trim() === "")}>
          Seat on council
        </Button>
      </Group>
    </Stack>
  );
}
