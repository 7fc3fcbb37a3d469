import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { FullPageLoader } from "../../components/full-page-loader";
import { describeError } from "../../components/graphql-errors";
import { UserAvatar } from "../../components/user-avatar";
import { BackToPlanLink } from "./back-to-plan-link";
import { CouncilDigestQuery, SendCouncilDigestMutation } from "./council-documents";

/** The council digest of the current two weeks: what changed because of the council, and who to thank. */
export function CouncilDigestPage() {
  const { planId = "" } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: CouncilDigestQuery, variables: { planId } });
  const [sending, send] = useMutation(SendCouncilDigestMutation);
  if (!data && fetching) return <FullPageLoader />;
  if (!data) return <Alert color="red">{describeError(error) ?? "The digest is not available."}</Alert>;
  const digest = data.councilDigest;
  const nameOf = (id: string) => digest.contributors.find((person) => person.id === id)?.name ?? "Someone";
  const sections = [...new Set(digest.entries.map((entry) => entry.section))];
  const sendNow = async () => {
    const result = await send({ planId });
    if (result.error) return notifications.show({ color: "red", title: "Couldn't send the digest", message: describeError(result.error) });
    notifications.show({ color: "teal", title: "Digest sent", message: "Every member of the plan gets it by mail." });
    refetch({ requestPolicy: "network-only" });
  };
  const last = new Date(new Date(digest.periodEnd).getTime() - 1);
  return (
    <Stack gap="md" data-testid="council-digest">
      <BackToPlanLink planId={planId} />
      <Group justify="space-between">
        <Title order={1} size="h2">
          Council digest · {data.plan.title}
        </Title>
        {data.plan.viewerCan.sendDigest && (
          <Button onClick={() => void sendNow()} loading={sending.fetching} disabled={digest.sentAt !== null}>
            {digest.sentAt ? "Sent for this period" : "Send to the field now"}
          </Button>
        )}
      </Group>
      <Text c="dimmed" size="sm">
        {new Date(digest.periodStart).toLocaleDateString()} to {last.toLocaleDateString()} · goes to the whole field every two weeks
        {digest.sentAt ? ` · sent ${new Date(digest.sentAt).toLocaleString()}` : ""}
      </Text>
      <Paper withBorder p="md" data-testid="digest-contributors">
        <Stack gap="xs">
          <Title order={2} size="h4">
            Thanks to
          </Title>
          {digest.contributors.length === 0 && <Text c="dimmed">Nobody yet this period.</Text>}
          <Group gap="md">
            {digest.contributors.map((person) => (
              <Group key={person.id} gap={6}>
                <UserAvatar name={person.name} color={person.color} size="sm" />
                <Text size="sm">{person.name}</Text>
              </Group>
            ))}
          </Group>
        </Stack>
      </Paper>
      {sections.length === 0 && <Text c="dimmed">Nothing changed through the council in this period yet.</Text>}
      {sections.map((section) => (
        <Paper key={section} withBorder p="md">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {section}
            </Title>
            {digest.entries
              .filter((entry) => entry.section === section)
              .map((entry, index) => (
                <Group key={index} gap="xs" wrap="nowrap" align="start">
                  <Text size="sm" style={{ flex: 1 }}>
                    {entry.text}
                  </Text>
                  {entry.creditedUserIds.map((id) => (
                    <Badge key={id} variant="light" color="teal">
                      thanks to {nameOf(id)}
                    </Badge>
                  ))}
                </Group>
              ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
