import { PasswordInput } from "@mantine/core";

export const NEW_PASSWORD_MIN = 8;

export interface NewPassword {
  password: string;
  confirmation: string;
}

/** Why the new password cannot be used yet, or null when it can (the server checks the same length). */
export function newPasswordProblem({ password, confirmation }: NewPassword): string | null {
  if (password.length < NEW_PASSWORD_MIN) return `Use at least ${NEW_PASSWORD_MIN} characters.`;
  if (confirmation !== password) return "The two passwords don't match.";
  return null;
}

/** A new password typed twice, with the length rule shown before the person submits. */
export function NewPasswordFields({ value, onChange, label = "New password" }: { value: NewPassword; onChange(value: NewPassword): void; label?: string }) {
  const tooShort = value.password.length > 0 && value.password.length < NEW_PASSWORD_MIN;
  const mismatch = value.confirmation.length > 0 && value.confirmation !== value.password;
  return (
    <>
      <PasswordInput
        label={label}
        description={`At least ${NEW_PASSWORD_MIN} characters.`}
        autoComplete="new-password"
        value={value.password}
        onChange={(e) => onChange({ ...value, password: e.currentTarget.value })}
        error={tooShort ? `Use at least ${NEW_PASSWORD_MIN} characters.` : undefined}
        required
      />
      <PasswordInput
        label="Repeat the new password"
        autoComplete="new-password"
        value={value.confirmation}
        onChange={(e) => onChange({ ...value, confirmation: e.currentTarget.value })}
        error={mismatch ? "The two passwords don't match." : undefined}
        required
      />
    </>
  );
}
