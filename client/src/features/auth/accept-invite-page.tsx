import { Alert, Anchor, Button, List, Skeleton, Stack, Text, TextInput } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useMutation, useQuery } from "urql";
import { useResetSession } from "../../app/session-context";
import { describeError } from "../../components/graphql-errors";
import { ROLE_LABELS } from "../../components/plan-badges";
import { NewPasswordFields, newPasswordProblem, type NewPassword } from "../../components/new-password-fields";
import { AcceptInviteMutation, InvitationPreviewQuery } from "./auth-documents";
import { AuthFrame } from "./auth-frame";

/** `/invite/:token`: the invited person chooses their name and password, and lands in the first plan named. */
export function AcceptInvitePage() {
  const { token = "" } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: InvitationPreviewQuery, variables: { token } });
  const invitation = data?.invitation;

  if (fetching && !data) return <AuthFrameLoading />;
  if (error || !invitation) {
    return (
      <AuthFrame title="This invitation can't be used">
        <Alert color="orange" icon={<IconAlertCircle size={18} />}>
          {describeError(error) ?? "The link was already used, withdrawn, or has expired. Ask the person who invited you to send a new one."}
        </Alert>
        <Anchor component={Link} to="/sign-in" size="sm">
          Go to sign-in
        </Anchor>
      </AuthFrame>
    );
  }
  return (
    <AuthFrame
      title={`Join ${invitation.organizationName}`}
      description={`${invitation.invitedByName} invited ${invitation.email} to plan together on planbridge.`}
    >
      {invitation.plans.length > 0 && (
        <div>
          <Text size="sm" fw={500}>
            You'll join
          </Text>
          <List size="sm" spacing={2}>
            {invitation.plans.map((plan) => (
              <List.Item key={plan.title}>
                {plan.title} <Text span c="dimmed" size="sm">as {ROLE_LABELS[plan.role].toLowerCase()}</Text>
              </List.Item>
            ))}
          </List>
        </div>
      )}
      <AcceptForm token={token} suggestedName={invitation.name} />
    </AuthFrame>
  );
}

function AcceptForm({ token, suggestedName }: { token: string; suggestedName: string }) {
  const [name, setName] = useState(suggestedName);
  const [password, setPassword] = useState<NewPassword>({ password: "", confirmation: "" });
  const [{ fetching, error }, accept] = useMutation(AcceptInviteMutation);
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const problem = newPasswordProblem(password);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problem || !name.trim()) return;
    const result = await accept({ input: { token, name: name.trim(), password: password.password } });
    const accepted = result.data?.acceptInvite;
    if (!accepted) return;
    resetSession();
    await navigate(accepted.planIds[0] ? `/plans/${accepted.planIds[0]}` : "/plans", { replace: true });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {error && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
            {describeError(error)}
          </Alert>
        )}
        <TextInput label="Your name" autoComplete="name" value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={120} required />
        <NewPasswordFields label="Choose a password" value={password} onChange={setPassword} />
        <Button type="submit" loading={fetching} fullWidth disabled={Boolean(problem) || !name.trim()}>
          Create my account
        </Button>
      </Stack>
    </form>
  );
}

function AuthFrameLoading() {
  return (
    <AuthFrame title="Opening your invitation">
      <Skeleton h={160} />
    </AuthFrame>
  );
}
