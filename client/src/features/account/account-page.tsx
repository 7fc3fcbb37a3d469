import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState, type FormEvent } from "react";
import { useMutation } from "urql";
import { describeError } from "../../components/graphql-errors";
import { NewPasswordFields, newPasswordProblem, type NewPassword } from "../../components/new-password-fields";
import { useCurrentUser, useRefreshCurrentUser } from "../../session/current-user";
import { ChangePasswordMutation, UpdateAccountMutation } from "./account-documents";

/** `/account`: my name, job title and password. */
export function AccountPage() {
  const me = useCurrentUser();
  return (
    <Stack gap="lg" maw={560}>
      <div>
        <Title order={1} size="h2">
          Your account
        </Title>
        <Text c="dimmed">
          {me.email} · {me.organization.name}
        </Text>
      </div>
      <ProfileForm />
      <PasswordForm />
    </Stack>
  );
}

function ProfileForm() {
  const me = useCurrentUser();
  const refresh = useRefreshCurrentUser();
  const [name, setName] = useState(me.name);
  const [jobTitle, setJobTitle] = useState(me.jobTitle ?? "");
  const [{ fetching, error }, update] = useMutation(UpdateAccountMutation);
  const unchanged = name.trim() === me.name && jobTitle.trim() === (me.jobTitle ?? "");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await update({ input: { name: name.trim(), jobTitle: jobTitle.trim() } });
    if (!result.data) return;
    refresh();
    notifications.show({ color: "teal", message: "Your profile is saved." });
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="profile-heading">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4" id="profile-heading">
            Profile
          </Title>
          {error && <Alert color="red">{describeError(error)}</Alert>}
          <TextInput label="Name" autoComplete="name" value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={120} required />
          <TextInput
            label="Job title"
            description="What colleagues know you as, e.g. Field sales rep, Texas."
            value={jobTitle}
            onChange={(e) => setJobTitle(e.currentTarget.value)}
            maxLength={120}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={fetching} disabled={unchanged || !name.trim()}>
              Save profile
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function PasswordForm() {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState<NewPassword>({ password: "", confirmation: "" });
  const [{ fetching, error }, change] = useMutation(ChangePasswordMutation);
  const problem = newPasswordProblem(next);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problem || !current) return;
    const result = await change({ input: { currentPassword: current, newPassword: next.password } });
    const ended = result.data?.changePassword.endedSessions;
    if (ended === undefined) return;
    setCurrent("");
    setNext({ password: "", confirmation: "" });
    const elsewhere = ended === 0 ? "" : ` ${ended} other ${ended === 1 ? "browser was" : "browsers were"} signed out.`;
    notifications.show({ color: "teal", title: "Password changed", message: `You stay signed in here.${elsewhere}` });
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="password-heading">
      <form onSubmit={submit} noValidate>
        <Stack>
          <div>
            <Title order={2} size="h4" id="password-heading">
              Password
            </Title>
            <Text size="sm" c="dimmed">
              Changing it signs you out on every other browser and device.
            </Text>
          </div>
          {error && (
            <Alert color="red" role="alert">
              {describeError(error)}
            </Alert>
          )}
          <PasswordInput label="Current password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.currentTarget.value)} required />
          <NewPasswordFields value={next} onChange={setNext} />
          <Group justify="flex-end">
            <Button type="submit" loading={fetching} disabled={Boolean(problem) || !current}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
