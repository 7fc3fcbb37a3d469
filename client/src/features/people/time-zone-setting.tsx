import { Paper, Select, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMemo } from "react";
import { useMutation } from "urql";
import { describeError } from "../../components/graphql-errors";
import { useRefreshCurrentUser } from "../../session/current-user";
import { SetOrganizationTimeZoneMutation } from "./people-documents";

/** Every IANA zone this browser knows, plus UTC and the current setting (whichever the list lacks). */
function timeZones(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone"));
  zones.add("UTC");
  zones.add(current);
  return [...zones].sort((a, b) => a.localeCompare(b));
}

/** Admins: the organisation's time zone, in which campaign dates, warnings and the calendar feed are read. */
export function TimeZoneSetting({ value }: { value: string }) {
  const [{ fetching }, save] = useMutation(SetOrganizationTimeZoneMutation);
  const refresh = useRefreshCurrentUser();
  const data = useMemo(() => timeZones(value), [value]);
  const change = async (next: string | null) => {
    if (!next || next === value) return;
    const result = await save({ timeZone: next });
    if (result.error) notifications.show({ color: "red", title: "Couldn't change the time zone", message: describeError(result.error) });
    else refresh();
  };
  return (
    <Paper withBorder p="lg" data-testid="time-zone-setting">
      <Select
        label="Organisation time zone"
        description="Campaign dates, today's warnings and the calendar feed are read in this zone."
        searchable
        allowDeselect={false}
        data={data}
        value={value}
        disabled={fetching}
        onChange={(next) => void change(next)}
        maw={360}
        nothingFoundMessage="No such time zone"
      />
      <Text size="xs" c="dimmed" mt="sm">
        Currently {value}.
      </Text>
    </Paper>
  );
}
