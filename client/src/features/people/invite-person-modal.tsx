import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "urql";
import { describeError } from "../../components/graphql-errors";
import { ROLE_LABELS } from "../../components/plan-badges";
import type { PlanRole } from "../../gql/graphql";
import { InviteLink } from "./invite-link";
import { InvitablePlansQuery, InviteUserMutation } from "./people-documents";

interface InvitePersonModalProps {
  opened: boolean;
  onClose(): void;
}

interface Sent {
  email: string;
  inviteUrl: string | null;
}

export function InvitePersonModal({ opened, onClose }: InvitePersonModalProps) {
  const [sent, setSent] = useState<Sent | null>(null);
  const close = () => {
    setSent(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title="Invite a person" centered size="lg">
      {sent ? (
        <Stack>
          <InviteLink email={sent.email} inviteUrl={sent.inviteUrl} />
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <InviteForm onInvited={setSent} onCancel={close} />
      )}
    </Modal>
  );
}

// Owners are made once someone has joined, from the plan's members panel.
const ROLE_OPTIONS = (["EDITOR", "COMMENTER", "APPROVER", "VIEWER"] as const).map((value) => ({ value, label: ROLE_LABELS[value] }));

function InviteForm({ onInvited, onCancel }: { onInvited(sent: Sent): void; onCancel(): void }) {
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [isAdmin, setIsAdmin] = useState(false);
  const [roles, setRoles] = useState<Record<string, PlanRole>>({});
  const [{ fetching, error }, invite] = useMutation(InviteUserMutation);
  // The error is about what was sent: once the address changes ("already exists" corrected), it goes.
  const [sentEmail, setSentEmail] = useState<string | null>(null);
  const shownError = error && email.trim() === sentEmail ? error : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSentEmail(email.trim());
    const plans = Object.entries(roles).map(([planId, role]) => ({ planId, role }));
    const result = await invite({ input: { name: name.trim(), email: email.trim(), isAdmin, plans } });
    const payload = result.data?.inviteUser;
    if (payload) onInvited({ email: payload.invitation.email, inviteUrl: payload.inviteUrl ?? null });
  };

  return (
    <form onSubmit={submit}>
      <Stack>
        {shownError && <Alert color="red">{describeError(shownError)}</Alert>}
        <TextInput label="Full name" value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={120} required data-autofocus />
        <TextInput label="Work email" type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} maxLength={254} required />
        <Checkbox
          label="Organisation admin"
          description="Admins can invite and deactivate people."
          checked={isAdmin}
          onChange={(e) => setIsAdmin(e.currentTarget.checked)}
        />
        <PlanPicker roles={roles} onChange={setRoles} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={fetching} disabled={!name.trim() || !email.trim()}>
            Send invite
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The plans I may add members to; each one ticked gets a role the person will have in it. */
function PlanPicker({ roles, onChange }: { roles: Record<string, PlanRole>; onChange(roles: Record<string, PlanRole>): void }) {
  const [{ data }] = useQuery({ query: InvitablePlansQuery });
  const plans = (data?.plans ?? []).filter((plan) => plan.viewerCan.manageMembers && plan.status !== "ARCHIVED");
  if (plans.length === 0) return null;
  const toggle = (planId: string, on: boolean) => {
    const next = { ...roles };
    if (on) next[planId] = "COMMENTER";
    else delete next[planId];
    onChange(next);
  };
  return (
    <Stack gap="xs" role="group" aria-labelledby="invite-plans-label">
      <Text size="sm" fw={500} id="invite-plans-label">
        Add to plans (optional)
      </Text>
      {plans.map((plan) => (
        <Group key={plan.id} justify="space-between" wrap="nowrap" gap="sm">
          <Checkbox label={plan.title} checked={plan.id in roles} onChange={(e) => toggle(plan.id, e.currentTarget.checked)} />
          {plan.id in roles && (
            <Select
              aria-label={`Role in ${plan.title}`}
              data={ROLE_OPTIONS}
              value={roles[plan.id]}
              onChange={(role) => role && onChange({ ...roles, [plan.id]: role })}
              allowDeselect={false}
              w={150}
              size="xs"
            />
          )}
        </Group>
      ))}
    </Stack>
  );
}
