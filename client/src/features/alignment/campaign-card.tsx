import { Badge, Button, Checkbox, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useState } from "react";
import { useMutation } from "urql";
import type { CampaignCalendarQuery as CalendarData } from "../../gql/graphql";
import { DecideCampaignGoalMutation, UpdateCampaignMutation } from "./alignment-documents";
import { succeeded } from "./run-mutation";

type CampaignRow = NonNullable<CalendarData["plan"]>["campaignCalendar"]["campaigns"][number];

const CHECKLIST = [
  ["talkTrackReady", "Talk track"],
  ["objectionHandlingReady", "Objection handling"],
  ["competitivePositioningReady", "Competitive positioning"],
  ["leadListReady", "Lead list"],
] as const;

const GOAL_COLORS = { ACCEPTED: "teal", QUESTIONED: "orange", PENDING: "gray" } as const;

/** One campaign: its warnings, the enablement checklist marketing owns, and goals with sales buy-in. */
export function CampaignCard({ campaign, canEdit, onChanged }: { campaign: CampaignRow; canEdit: boolean; onChanged(): void }) {
  const [, update] = useMutation(UpdateCampaignMutation);
  const [, decide] = useMutation(DecideCampaignGoalMutation);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const toggle = async (field: (typeof CHECKLIST)[number][0], value: boolean) => {
    if (await succeeded(update({ input: { campaignId: campaign.id, [field]: value } }), "Couldn't update the checklist")) onChanged();
  };
  const answer = async (goalId: string, decision: "ACCEPTED" | "QUESTIONED") => {
    if (await succeeded(decide({ input: { goalId, decision, note: notes[goalId] || null } }), "Couldn't record your answer")) onChanged();
  };
  return (
    <Paper withBorder p="sm" data-testid="campaign-card" data-campaign={campaign.name}>
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fw={600}>{campaign.name}</Text>
          <Text size="sm" c="dimmed">
            {campaign.region} · {campaign.channel}
            {campaign.productFocus ? ` · ${campaign.productFocus}` : ""} · launch {campaign.launchDate}
            {campaign.endDate ? ` to ${campaign.endDate}` : ""} · prep from {campaign.prepStartDate}
          </Text>
        </Group>
        {campaign.warnings.map((warning) => (
          <Group key={warning.code} gap={6} data-warning={warning.code}>
            <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" />
            <Text size="sm" c="orange.8">
              {warning.message}
            </Text>
          </Group>
        ))}
        <Group gap="md">
          <Text size="sm" c="dimmed">
            Enablement:
          </Text>
          {CHECKLIST.map(([field, label]) => (
            <Checkbox key={field} size="xs" label={label} checked={campaign[field]} disabled={!canEdit} onChange={(e) => void toggle(field, e.currentTarget.checked)} />
          ))}
        </Group>
        {campaign.goals.map((goal) => (
          <Group key={goal.id} gap="xs">
            <Text size="sm">
              Goal: {goal.target.toLocaleString()} {goal.kind.toLowerCase()}, owner {goal.salesOwner?.name ?? "—"}
            </Text>
            <Badge size="sm" color={GOAL_COLORS[goal.status]}>
              {goal.status.toLowerCase()}
            </Badge>
            {goal.note && (
              <Text size="xs" c="dimmed">
                “{goal.note}”
              </Text>
            )}
            {goal.isMine && (
              <>
                <TextInput size="xs" placeholder="Why you question it" value={notes[goal.id] ?? ""} onChange={(e) => setNotes({ ...notes, [goal.id]: e.currentTarget.value })} />
                <Button size="xs" variant="light" color="teal" onClick={() => void answer(goal.id, "ACCEPTED")}>
                  Accept
                </Button>
                <Button size="xs" variant="light" color="orange" onClick={() => void answer(goal.id, "QUESTIONED")}>
                  Question
                </Button>
              </>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
