import { Alert, Button, CopyButton, Group, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { IconCalendarShare } from "@tabler/icons-react";
import { useState } from "react";
import { useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { FullPageLoader } from "../../components/full-page-loader";
import { describeError } from "../../components/graphql-errors";
import { BackToPlan } from "../../components/back-to-plan";
import { CampaignCalendarQuery, RevokeCalendarFeedMutation } from "./alignment-documents";
import { CampaignCard } from "./campaign-card";
import { CampaignTimeline } from "./campaign-timeline";
import { NewCampaignForm } from "./new-campaign-form";
import { succeeded } from "./run-mutation";
import { SalesEventsForm, SalesFocusForm } from "./sales-calendar-forms";

/** The joint campaign calendar: a timeline by region, warnings from the server, filters, the feed address. */
export function CampaignCalendarPage() {
  const { planId = "" } = useParams();
  const [filter, setFilter] = useState<{ region: string | null; channel: string | null }>({ region: null, channel: null });
  const [{ data, fetching, error }, refetch] = useQuery({ query: CampaignCalendarQuery, variables: { id: planId, filter } });
  const [, revoke] = useMutation(RevokeCalendarFeedMutation);
  const plan = data?.plan;
  if (!plan && fetching) return <FullPageLoader />;
  if (!plan) return <Alert color="red">{describeError(error) ?? "The campaign calendar is not available."}</Alert>;
  const calendar = plan.campaignCalendar;
  const reload = () => refetch({ requestPolicy: "network-only" });
  const warned = calendar.campaigns.filter((campaign) => campaign.warnings.length > 0);
  return (
    <Stack gap="md" data-testid="campaign-calendar">
      <BackToPlan planId={planId} />
      <Group justify="space-between" align="end">
        <Stack gap={0}>
          <Title order={1} size="h2">
            Campaign calendar
          </Title>
          <Text size="sm" c="dimmed">
            Dates in {calendar.timeZone}; today is {calendar.today}.
          </Text>
        </Stack>
        <Group gap="sm" align="end">
          <Select label="Region" placeholder="All regions" clearable w={160} data={calendar.regions} value={filter.region} onChange={(region) => setFilter({ ...filter, region })} />
          <Select label="Channel" placeholder="All channels" clearable w={160} data={calendar.channels} value={filter.channel} onChange={(channel) => setFilter({ ...filter, channel })} />
        </Group>
      </Group>
      {warned.length > 0 && (
        <Alert color="orange" title={`${warned.length} campaign${warned.length > 1 ? "s" : ""} would catch sales unprepared`} data-testid="calendar-warnings">
          <Stack gap={2}>
            {warned.flatMap((campaign) =>
              campaign.warnings.map((warning) => (
                <Text key={`${campaign.id}-${warning.code}`} size="sm" data-warning={warning.code}>
                  <b>{campaign.name}</b>: {warning.message}
                </Text>
              )),
            )}
          </Stack>
        </Alert>
      )}
      <CampaignTimeline campaigns={calendar.campaigns} events={calendar.events} today={calendar.today} />
      <SalesEventsForm planId={planId} events={calendar.events} canEdit={plan.viewerCan.editCampaigns} onChanged={reload} />
      <SalesFocusForm planId={planId} focus={calendar.focus} today={calendar.today} canEdit={plan.viewerCan.editCampaigns} onChanged={reload} />
      {plan.viewerCan.editCampaigns && <NewCampaignForm planId={planId} onCreated={reload} />}
      <Stack gap="xs">
        {calendar.campaigns.map((campaign) => (
          <CampaignCard key={campaign.id} campaign={campaign} canEdit={plan.viewerCan.editCampaigns} onChanged={reload} />
        ))}
      </Stack>
      <Group align="end" gap="sm">
        <TextInput label="Subscribe in your calendar (iCalendar feed)" readOnly value={plan.calendarFeedUrl} style={{ flex: 1 }} leftSection={<IconCalendarShare size={16} />} />
        <CopyButton value={plan.calendarFeedUrl}>{({ copied, copy }) => <Button variant="default" onClick={copy}>{copied ? "Copied" : "Copy"}</Button>}</CopyButton>
        {plan.viewerCan.revokeCalendarFeed && (
          <Button variant="light" color="red" onClick={() => void succeeded(revoke({ planId }), "Couldn't replace the feed address").then((ok) => ok && reload())}>
            New address (revoke old)
          </Button>
        )}
      </Group>
    </Stack>
  );
}
