import { ActionIcon, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useMutation } from "urql";
import type { CampaignCalendarQuery as CalendarData, SalesEventKind } from "../../gql/graphql";
import { AddSalesEventMutation, RemoveSalesEventMutation, SetSalesFocusMutation } from "./alignment-documents";
import { succeeded } from "./run-mutation";

type Calendar = NonNullable<CalendarData["plan"]>["campaignCalendar"];

export const EVENT_KINDS: { value: SalesEventKind; label: string }[] = [
  { value: "KICKOFF", label: "Sales kick-off" },
  { value: "QUARTER_END", label: "Quarter end" },
  { value: "BLACKOUT", label: "Blackout" },
];
const KIND_LABELS = Object.fromEntries(EVENT_KINDS.map(({ value, label }) => [value, label])) as Record<SalesEventKind, string>;

const EMPTY_EVENT = { kind: "KICKOFF" as SalesEventKind, name: "", startDate: "", endDate: "", region: "" };

/** Sales' own dates on the calendar (kick-offs, quarter ends, blackouts): listed, added and removed. */
export function SalesEventsForm({ planId, events, canEdit, onChanged }: { planId: string; events: Calendar["events"]; canEdit: boolean; onChanged(): void }) {
  const [fields, setFields] = useState(EMPTY_EVENT);
  const [{ fetching }, add] = useMutation(AddSalesEventMutation);
  const [, remove] = useMutation(RemoveSalesEventMutation);
  const set = (name: keyof typeof EMPTY_EVENT) => (event: { currentTarget: { value: string } }) => setFields({ ...fields, [name]: event.currentTarget.value });
  const submit = async () => {
    const input = { planId, ...fields, endDate: fields.endDate || fields.startDate, region: fields.region.trim() || null };
    if (await succeeded(add({ input }), "Couldn't add the sales event")) {
      setFields(EMPTY_EVENT);
      onChanged();
    }
  };
  return (
    <Paper withBorder p="md" data-testid="sales-events">
      <Title order={2} size="h5" mb="xs">
        Sales events
      </Title>
      {events.length === 0 ? (
        <Text size="sm" c="dimmed">
          No kick-offs, quarter ends or blackouts yet.
        </Text>
      ) : (
        <Table>
          <Table.Tbody>
            {events.map((event) => (
              <Table.Tr key={event.id} data-testid="sales-event" data-event={event.name}>
                <Table.Td>{KIND_LABELS[event.kind]}</Table.Td>
                <Table.Td>{event.name}</Table.Td>
                <Table.Td>{event.startDate === event.endDate ? event.startDate : `${event.startDate} to ${event.endDate}`}</Table.Td>
                <Table.Td>{event.region ?? "All regions"}</Table.Td>
                {canEdit && (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${event.name}`}
                      onClick={() => void succeeded(remove({ eventId: event.id }), "Couldn't remove the sales event").then((ok) => ok && onChanged())}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canEdit && (
        <Group align="end" wrap="wrap" gap="sm" mt="sm">
          <Select label="Kind" w={160} data={EVENT_KINDS} value={fields.kind} allowDeselect={false} onChange={(kind) => kind && setFields({ ...fields, kind: kind })} />
          <TextInput label="Event name" w={200} value={fields.name} onChange={set("name")} />
          <TextInput label="Start date" type="date" w={160} value={fields.startDate} onChange={set("startDate")} />
          <TextInput label="End date" type="date" w={160} value={fields.endDate} onChange={set("endDate")} placeholder="Same day" />
          <TextInput label="Event region" placeholder="All regions" w={140} value={fields.region} onChange={set("region")} />
          <Button loading={fetching} onClick={() => void submit()}>
            Add sales event
          </Button>
        </Group>
      )}
    </Paper>
  );
}

/** The quarter `today` (YYYY-MM-DD) falls in, as YYYY-Qn. */
function quarterOf(today: string): string {
  const [year, month] = today.split("-").map(Number);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** What sales pushes each quarter; campaigns whose product focus differs get a warning from the server. */
export function SalesFocusForm({ planId, focus, today, canEdit, onChanged }: { planId: string; focus: Calendar["focus"]; today: string; canEdit: boolean; onChanged(): void }) {
  const [quarter, setQuarter] = useState(() => quarterOf(today));
  const [products, setProducts] = useState("");
  const [{ fetching }, save] = useMutation(SetSalesFocusMutation);
  const pick = (value: string) => {
    setQuarter(value);
    const known = focus.find((row) => row.quarter === value.trim());
    if (known) setProducts(known.products.join(", "));
  };
  const submit = async () => {
    const list = products.split(",").map((product) => product.trim()).filter((product) => product.length > 0);
    if (await succeeded(save({ input: { planId, quarter: quarter.trim(), products: list } }), "Couldn't save the sales focus")) {
      setProducts("");
      onChanged();
    }
  };
  return (
    <Paper withBorder p="md" data-testid="sales-focus">
      <Title order={2} size="h5" mb="xs">
        Sales focus per quarter
      </Title>
      {focus.length === 0 ? (
        <Text size="sm" c="dimmed">
          No sales focus set yet.
        </Text>
      ) : (
        <Stack gap={2}>
          {focus.map((row) => (
            <Text key={row.quarter} size="sm" data-testid="sales-focus-row" data-quarter={row.quarter}>
              <b>{row.quarter}</b>: {row.products.join(", ")}
            </Text>
          ))}
        </Stack>
      )}
      {canEdit && (
        <Group align="end" wrap="wrap" gap="sm" mt="sm">
          <TextInput label="Quarter" description="YYYY-Qn" w={120} value={quarter} onChange={(event) => pick(event.currentTarget.value)} />
          <TextInput label="Products" description="Comma-separated; empty clears the quarter" w={320} value={products} onChange={(event) => setProducts(event.currentTarget.value)} />
          <Button loading={fetching} onClick={() => void submit()}>
            Set sales focus
          </Button>
        </Group>
      )}
    </Paper>
  );
}
