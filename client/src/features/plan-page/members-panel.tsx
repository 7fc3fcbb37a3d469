import { ActionIcon, Button, Group, Paper, Select, Stack, Text, TextInput, Title, Tooltip } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconTrash } from "@tabler/icons-react";
import { useState, type FormEvent } from "react";
import { useMutation, type CombinedError } from "urql";
import { describeError } from "../../components/graphql-errors";
import { ROLE_LABELS, RoleBadge } from "../../components/plan-badges";
import { UserAvatar } from "../../components/user-avatar";
import type { PlanQuery as PlanResult, PlanRole } from "../../gql/graphql";
import { AddPlanMemberMutation, ChangePlanMemberRoleMutation, RemovePlanMemberMutation } from "./plan-page-documents";

export type PlanMember = NonNullable<PlanResult["plan"]>["members"][number];

// Role names label and pick roles here; what each role may do is the server's answer (Plan.viewerCan).
const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as PlanRole[]).map((role) => ({ value: role, label: ROLE_LABELS[role] }));

interface MembersPanelProps {
  planId: string;
  members: PlanMember[];
  myId: string;
  canManage: boolean;
  onChanged(): void;
}

function reportFailure(title: string, error: CombinedError | undefined): boolean {
  if (!error) return false;
  notifications.show({ color: "red", title, message: describeError(error) });
  return true;
}

/** Who is on the plan and in which role; owners add, re-role and remove people here. */
export function MembersPanel({ planId, members, myId, canManage, onChanged }: MembersPanelProps) {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h5">
            Members
          </Title>
          <Text size="xs" c="dimmed">
            {members.length}
          </Text>
        </Group>
        <Stack gap="xs" data-testid="members-list">
          {members.map((member) => (
            <MemberRow key={member.id} planId={planId} member={member} isMe={member.user.id === myId} canManage={canManage} onChanged={onChanged} />
          ))}
        </Stack>
        {canManage && <AddMemberForm planId={planId} onAdded={onChanged} />}
      </Stack>
    </Paper>
  );
}

interface MemberRowProps {
  planId: string;
  member: PlanMember;
  isMe: boolean;
  canManage: boolean;
  onChanged(): void;
}

function MemberRow({ planId, member, isMe, canManage, onChanged }: MemberRowProps) {
  const [changing, changeRole] = useMutation(ChangePlanMemberRoleMutation);
  const [removing, removeMember] = useMutation(RemovePlanMemberMutation);
  const input = { planId, userId: member.user.id };

  const onRoleChange = async (role: string | null) => {
    if (!role || role === member.role) return;
    const result = await changeRole({ input: { ...input, role: role as PlanRole } });
    if (!reportFailure("Couldn't change the role", result.error)) onChanged();
  };
  const onRemove = async () => {
    const result = await removeMember({ input });
    if (!reportFailure("Couldn't remove the member", result.error)) onChanged();
  };

  return (
    <Group gap="sm" wrap="nowrap" justify="space-between">
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <UserAvatar name={member.user.name} color={member.user.color} size={30} />
        <div style={{ minWidth: 0 }}>
          <Text size="sm" fw={500} truncate>
            {member.user.name}
            {isMe && (
              <Text span c="dimmed" size="xs">
                {" "}
                (you)
              </Text>
            )}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {member.user.email}
          </Text>
        </div>
      </Group>
      {canManage && !isMe ? (
        <Group gap={4} wrap="nowrap">
          <Select
            size="xs"
            w={124}
            data={ROLE_OPTIONS}
            value={member.role}
            onChange={(role) => void onRoleChange(role)}
            disabled={changing.fetching}
            allowDeselect={false}
            aria-label={`Role of ${member.user.name}`}
          />
          <Tooltip label="Remove from plan" withArrow>
            <ActionIcon variant="subtle" color="red" aria-label={`Remove ${member.user.name}`} loading={removing.fetching} onClick={() => void onRemove()}>
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ) : (
        <RoleBadge role={member.role} />
      )}
    </Group>
  );
}

function AddMemberForm({ planId, onAdded }: { planId: string; onAdded(): void }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<PlanRole>("EDITOR");
  const [{ fetching }, addMember] = useMutation(AddPlanMemberMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await addMember({ input: { planId, email: email.trim(), role } });
    if (reportFailure("Couldn't add the member", result.error)) return;
    setEmail("");
    onAdded();
  };

  return (
    <form onSubmit={submit}>
      <Stack gap={6} pt="xs" style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }}>
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" pt="xs">
          Add a member
        </Text>
        <TextInput size="xs" type="email" placeholder="name@company.com" aria-label="Member email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <Group gap={6} wrap="nowrap">
          <Select size="xs" data={ROLE_OPTIONS} value={role} onChange={(value) => value && setRole(value)} allowDeselect={false} aria-label="New member role" style={{ flex: 1 }} />
          <Button size="xs" type="submit" loading={fetching} disabled={!email.trim()}>
            Add
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
