import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useMutation } from "urql";
import { useResetSession } from "../../app/session-context";
import { describeError, errorCode } from "../../components/graphql-errors";
import { LoginMutation } from "./auth-documents";
import { AuthFrame } from "./auth-frame";

/** Only same-site paths are followed after sign-in, so a crafted link cannot bounce users elsewhere. */
function safeNextPath(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/plans";
}

export function SignInPage() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [{ fetching, error }, login] = useMutation(LoginMutation);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const resetSession = useResetSession();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await login({ input: { email: email.trim(), password } });
    if (result.data?.login) {
      resetSession();
      await navigate(safeNextPath(params.get("next")), { replace: true });
    }
  };

  return (
    <AuthFrame title="Sign in" description="Plan together with the people who live by the plan.">
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
              {signInErrorMessage(error)}
            </Alert>
          )}
          <TextInput
            label="Work email"
            type="email"
            autoComplete="username"
            placeholder="you@company.com"
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            required
            autoFocus
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            required
          />
          <Button type="submit" loading={fetching} fullWidth disabled={!email || !password}>
            Sign in
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
            Forgot password?
          </Anchor>
        </Stack>
      </form>
    </AuthFrame>
  );
}

function signInErrorMessage(error: Parameters<typeof describeError>[0]): string | undefined {
  const code = errorCode(error);
  // A failed login is reported as unauthenticated or bad input; both mean the same thing to the person.
  if (code === "UNAUTHENTICATED" || code === "BAD_USER_INPUT") return "That email and password don't match an active account.";
  return describeError(error);
}
