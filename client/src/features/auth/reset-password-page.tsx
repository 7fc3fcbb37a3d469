import { Alert, Anchor, Button, Stack } from "@mantine/core";
import { IconAlertCircle } from "@tabler/icons-react";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useMutation } from "urql";
import { useResetSession } from "../../app/session-context";
import { describeError } from "../../components/graphql-errors";
import { NewPasswordFields, newPasswordProblem, type NewPassword } from "../../components/new-password-fields";
import { ResetPasswordMutation } from "./auth-documents";
import { AuthFrame } from "./auth-frame";

/** `/reset-password/:token`: a new password from a mailed link; every other browser is signed out. */
export function ResetPasswordPage() {
  const { token = "" } = useParams();
  const [password, setPassword] = useState<NewPassword>({ password: "", confirmation: "" });
  const [{ fetching, error }, reset] = useMutation(ResetPasswordMutation);
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const problem = newPasswordProblem(password);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    const result = await reset({ input: { token, newPassword: password.password } });
    if (!result.data?.resetPassword) return;
    resetSession();
    await navigate("/plans", { replace: true });
  };

  return (
    <AuthFrame title="Choose a new password" description="You'll be signed out everywhere else and signed in here.">
      <form onSubmit={submit} noValidate>
        <Stack>
          {error && (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
              {describeError(error)}{" "}
              <Anchor component={Link} to="/forgot-password" size="sm">
                Ask for a new link
              </Anchor>
            </Alert>
          )}
          <NewPasswordFields value={password} onChange={setPassword} />
          <Button type="submit" loading={fetching} fullWidth disabled={Boolean(problem)}>
            Set password and sign in
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
