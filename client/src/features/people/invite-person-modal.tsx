import { Alert, Button, Checkbox, Code, CopyButton, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { describeError } from "../../components/graphql-errors";
import { InviteUserMutation } from "./people-documents";

interface InvitePersonModalProps {
  opened: boolean;
  onClose(): void;
}

export function InvitePersonModal({ opened, onClose }: InvitePersonModalProps) {
  const [temporaryPassword, setTemporaryPassword] = useState<string | null>(null);
  const close = () => {
    setTemporaryPassword(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title="Invite a person" centered>
      {temporaryPassword ? (
        <InviteSent temporaryPassword={temporaryPassword} onDone={close} />
      ) : (
        <InviteForm onInvited={setTemporaryPassword} onCancel={close} />
      )}
    </Modal>
  );
}

function InviteForm({ onInvited, onCancel }: { onInvited(password: string): void; onCancel(): void }) {
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [isAdmin, setIsAdmin] = useState(false);
  const [{ fetching, error }, invite] = useMutation(InviteUserMutation);
  // The error is about what was sent: once the address changes ("already exists" corrected), it goes.
  const [sentEmail, setSentEmail] = useState<string | null>(null);
  const shownError = error && email.trim() === sentEmail ? error : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSentEmail(email.trim());
    const result = await invite({ input: { name: name.trim(), email: email.trim(), isAdmin } });
    const payload = result.data?.inviteUser;
    if (payload) onInvited(payload.temporaryPassword);
  };

  return (
    <form onSubmit={submit}>
      <Stack>
        {shownError && <Alert color="red">{describeError(shownError)}</Alert>}
        <TextInput label="Full name" value={name} onChange={(e) => setName(e.currentTarget.value)} required data-autofocus />
        <TextInput label="Work email" type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} required />
        <Checkbox
          label="Organisation admin"
          description="Admins can invite and deactivate people."
          checked={isAdmin}
          onChange={(e) => setIsAdmin(e.currentTarget.checked)}
        />
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

function InviteSent({ temporaryPassword, onDone }: { temporaryPassword: string; onDone(): void }) {
  return (
    <Stack>
      <Text size="sm">
        Share this temporary password with them privately. It is shown only once.
      </Text>
      <Group gap="xs">
        <Code fz="md" px="sm" py={6}>
          {temporaryPassword}
        </Code>
        <CopyButton value={temporaryPassword}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" onClick={copy}>
              {copied ? "Copied" : "Copy"}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Group justify="flex-end">
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}
