import { Alert, Badge, Button, Group, Paper, Skeleton, Stack, Switch, Table, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconUserPlus, IconUsers } from "@tabler/icons-react";
import { useMutation, useQuery } from "urql";
import { EmptyState } from "../../components/empty-state";
import { describeError } from "../../components/graphql-errors";
import { UserAvatar } from "../../components/user-avatar";
import type { UsersQuery as UsersResult } from "../../gql/graphql";
import { useCurrentUser } from "../../session/current-user";
import { CouncilRosterPanel } from "./council-roster-panel";
import { InvitationsPanel } from "./invitations-panel";
import { InvitePersonModal } from "./invite-person-modal";
import { PlanCreationSetting } from "./plan-creation-setting";
import { TimeZoneSetting } from "./time-zone-setting";
import { DeactivateUserMutation, ReactivateUserMutation, SetPlanCreatorMutation, UsersQuery } from "./people-documents";
import { ConfirmModal } from "../../components/confirm-modal";

type Person = UsersResult["users"][number];

export function PeoplePage() {
  const me = useCurrentUser();
  const [inviteOpened, invite] = useDisclosure(false);
  const [{ data, fetching, error }, refetch] = useQuery({ query: UsersQuery });
  const closeInvite = () => {
    invite.close();
    refetch({ requestPolicy: "network-only" });
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            People
          </Title>
          <Text c="dimmed">Everyone in {me.organization.name}.</Text>
        </div>
        {me.can.manageUsers && (
          <Button leftSection={<IconUserPlus size={18} />} onClick={invite.open}>
            Invite person
          </Button>
        )}
      </Group>
      {error && <Alert color="red">{describeError(error)}</Alert>}
      {!data && fetching && <Skeleton h={200} />}
      {data && data.users.length === 0 && (
        <Paper withBorder>
          <EmptyState icon={<IconUsers size={28} />} title="No one here yet" description="Invite your marketing team and sales council." />
        </Paper>
      )}
      {data && data.users.length > 0 && (
        <PeopleTable
          people={data.users}
          canManage={me.can.manageUsers}
          myId={me.id}
          namesPlanCreators={me.can.manageSettings && me.organization.planCreation === "NAMED"}
        />
      )}
      {me.can.manageUsers && data && <CouncilRosterPanel people={data.users} />}
      {me.can.manageUsers && <InvitationsPanel />}
      {me.can.manageSettings && <PlanCreationSetting value={me.organization.planCreation} />}
      {me.can.manageSettings && <TimeZoneSetting value={me.organization.timeZone} />}
      <InvitePersonModal opened={inviteOpened} onClose={closeInvite} />
    </Stack>
  );
}

interface PeopleTableProps {
  people: Person[];
  canManage: boolean;
  myId: string;
  /** Show the "Starts plans" switches (the organisation lets named people start plans). */
  namesPlanCreators: boolean;
}

function PeopleTable({ people, canManage, myId, namesPlanCreators }: PeopleTableProps) {
  return (
    <Paper withBorder>
      <Table verticalSpacing="sm" horizontalSpacing="lg">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Access</Table.Th>
            {namesPlanCreators && <Table.Th>Starts plans</Table.Th>}
            {canManage && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.id} opacity={person.isActive ? 1 : 0.6}>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <UserAvatar name={person.name} color={person.color} size={30} />
                  <Text size="sm" fw={500}>
                    {person.name}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{person.email}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  {person.isAdmin && <Badge variant="light">Admin</Badge>}
                  {!person.isActive && <Badge color="gray" variant="light">Deactivated</Badge>}
                  {!person.isAdmin && person.isActive && <Text size="sm" c="dimmed">Member</Text>}
                </Group>
              </Table.Td>
              {namesPlanCreators && (
                <Table.Td>
                  <PlanCreatorSwitch person={person} />
                </Table.Td>
              )}
              {canManage && (
                <Table.Td ta="right">{person.id !== myId && <ActivationButton person={person} />}</Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function PlanCreatorSwitch({ person }: { person: Person }) {
  const [{ fetching }, setPlanCreator] = useMutation(SetPlanCreatorMutation);
  if (person.isAdmin) {
    return (
      <Text size="sm" c="dimmed">
        Yes (admin)
      </Text>
    );
  }
  const toggle = async (isPlanCreator: boolean) => {
    const result = await setPlanCreator({ userId: person.id, isPlanCreator });
    if (result.error) notifications.show({ color: "red", title: "Couldn't change who starts plans", message: describeError(result.error) });
  };
  return (
    <Switch
      aria-label={`${person.name} can start plans`}
      checked={person.isPlanCreator}
      disabled={fetching}
      onChange={(e) => void toggle(e.currentTarget.checked)}
    />
  );
}

function ActivationButton({ person }: { person: Person }) {
  const [deactivation, deactivate] = useMutation(DeactivateUserMutation);
  const [reactivation, reactivate] = useMutation(ReactivateUserMutation);
  const toggle = async () => {
    const result = person.isActive ? await deactivate({ userId: person.id }) : await reactivate({ userId: person.id });
    if (result.error) notifications.show({ color: "red", title: "Couldn't update access", message: describeError(result.error) });
  };
  const [isConfirming, confirm] = useDisclosure(false);
  return (
    <>
      <ConfirmModal
        opened={isConfirming}
        title={`Deactivate ${person.name}?`}
        message={`${person.name} is signed out everywhere at once and can no longer sign in or open any plan. Their comments and history stay. You can reactivate them later.`}
        confirmLabel="Deactivate"
        onConfirm={() => void toggle()}
        onClose={confirm.close}
      />
      <Button
        size="xs"
        variant={person.isActive ? "subtle" : "light"}
        color={person.isActive ? "red" : "indigo"}
        loading={deactivation.fetching || reactivation.fetching}
        // Deactivating ends someone's access at once: it asks first. Reactivating does not.
        onClick={() => (person.isActive ? confirm.open() : void toggle())}
      >
        {person.isActive ? "Deactivate" : "Reactivate"}
      </Button>
    </>
  );
}
