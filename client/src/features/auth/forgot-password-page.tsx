import { Alert, Anchor, Button, Stack, TextInput } from "@mantine/core";
import { IconAlertCircle, IconMailCheck } from "@tabler/icons-react";
import { useState, type FormEvent } from "react";
import { Link } from "react-router";
import { useMutation } from "urql";
import { describeError } from "../../components/graphql-errors";
import { RequestPasswordResetMutation } from "./auth-documents";
import { AuthFrame } from "./auth-frame";

/** `/forgot-password`: asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState("");
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [{ fetching, error }, request] = useMutation(RequestPasswordResetMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await request({ input: { email: email.trim() } });
    if (result.data?.requestPasswordReset) setSentTo(email.trim());
  };

  return (
    <AuthFrame title="Reset your password" description="We'll mail you a link to choose a new one.">
      {sentTo ? (
        <Alert color="teal" icon={<IconMailCheck size={18} />} role="status">
          If {sentTo} has a planbridge account, a reset link is on its way. It works once, for one hour.
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {error && (
              <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
                {describeError(error)}
              </Alert>
            )}
            <TextInput
              label="Work email"
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              required
              autoFocus
            />
            <Button type="submit" loading={fetching} fullWidth disabled={!email.trim()}>
              Send reset link
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/sign-in" size="sm">
        Back to sign-in
      </Anchor>
    </AuthFrame>
  );
}
