import { Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMemo, useState } from "react";
import { useMutation, useQuery } from "urql";
import { ConfirmModal } from "../../components/confirm-modal";
import { describeError } from "../../components/graphql-errors";
import { RelativeTime } from "../../components/relative-time";
import type { InvitationsQuery as InvitationsResult, InvitationStatus } from "../../gql/graphql";
import { InviteLink } from "./invite-link";
import { InvitationsQuery, ResendInvitationMutation, RevokeInvitationMutation } from "./people-documents";

type Invitation = InvitationsResult["invitations"][number];

const STATUS: Record<InvitationStatus, { label: string; color: string }> = {
  PENDING: { label: "Pending", color: "indigo" },
  ACCEPTED: { label: "Accepted", color: "teal" },
  EXPIRED: { label: "Expired", color: "orange" },
  REVOKED: { label: "Revoked", color: "gray" },
};

/** Admins: every invitation of the organisation, with re-send (a new link) and revoke. */
export function InvitationsPanel() {
  // Listed with the Invitation type, so inviting, re-sending and revoking refresh the list even when it was empty.
  const context = useMemo(() => ({ additionalTypenames: ["Invitation"] }), []);
  const [{ data, error }] = useQuery({ query: InvitationsQuery, context });
  const invitations = data?.invitations ?? [];
  if (error) return <Text c="red">{describeError(error)}</Text>;
  if (invitations.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="invitations-heading">
      <Title order={2} size="h4" id="invitations-heading">
        Invitations
      </Title>
      <Paper withBorder>
        <Table verticalSpacing="sm" horizontalSpacing="lg">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Invited</Table.Th>
              <Table.Th>Plans</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Sent</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.map((invitation) => (
              <InvitationRow key={invitation.id} invitation={invitation} />
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}

function InvitationRow({ invitation }: { invitation: Invitation }) {
  const status = STATUS[invitation.status];
  const isOpen = invitation.status === "PENDING" || invitation.status === "EXPIRED";
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {invitation.name}
        </Text>
        <Text size="xs" c="dimmed">
          {invitation.email}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {invitation.plans.length === 0 ? "—" : invitation.plans.map((plan) => `${plan.planTitle} (${plan.role.toLowerCase()})`).join(", ")}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={status.color}>
          {status.label}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          <RelativeTime iso={invitation.sentAt} />
        </Text>
      </Table.Td>
      <Table.Td ta="right">{isOpen && <InvitationActions invitation={invitation} />}</Table.Td>
    </Table.Tr>
  );
}

function InvitationActions({ invitation }: { invitation: Invitation }) {
  const [resending, resend] = useMutation(ResendInvitationMutation);
  const [revoking, revoke] = useMutation(RevokeInvitationMutation);
  const [link, setLink] = useState<string | null | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);

  const doResend = async () => {
    const result = await resend({ invitationId: invitation.id });
    if (result.error) notifications.show({ color: "red", title: "Couldn't re-send", message: describeError(result.error) });
    else setLink(result.data?.resendInvitation.inviteUrl ?? null);
  };
  const doRevoke = async () => {
    const result = await revoke({ invitationId: invitation.id });
    if (result.error) notifications.show({ color: "red", title: "Couldn't revoke", message: describeError(result.error) });
  };

  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap">
      <Button size="xs" variant="light" loading={resending.fetching} onClick={() => void doResend()} aria-label={`Re-send invitation to ${invitation.email}`}>
        Re-send
      </Button>
      <Button size="xs" variant="subtle" color="red" loading={revoking.fetching} onClick={() => setConfirming(true)} aria-label={`Revoke invitation to ${invitation.email}`}>
        Revoke
      </Button>
      <ConfirmModal
        opened={confirming}
        title="Revoke this invitation?"
        message={`The link sent to ${invitation.email} stops working. You can invite them again later.`}
        confirmLabel="Revoke invitation"
        onConfirm={() => void doRevoke()}
        onClose={() => setConfirming(false)}
      />
      <Modal opened={link !== undefined} onClose={() => setLink(undefined)} title="Invitation re-sent" centered size="lg">
        <Stack>
          <InviteLink email={invitation.email} inviteUrl={link ?? null} />
          <Group justify="flex-end">
            <Button onClick={() => setLink(undefined)}>Done</Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
