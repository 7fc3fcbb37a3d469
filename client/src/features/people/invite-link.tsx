import { Button, CopyButton, Group, Stack, Text, TextInput } from "@mantine/core";

/** After an invitation is made or re-sent: the link to pass on, or word that it went out by mail. */
export function InviteLink({ email, inviteUrl }: { email: string; inviteUrl: string | null }) {
  if (!inviteUrl) {
    return (
      <Text size="sm">
        We mailed {email} a link to join. It works once and expires in 7 days.
      </Text>
    );
  }
  return (
    <Stack gap="xs">
      <Text size="sm">
        No mail server is set up, so send {email} this link yourself (chat or mail). It works once and expires in 7 days.
      </Text>
      <Group gap="xs" wrap="nowrap">
        <TextInput aria-label="Invitation link" value={inviteUrl} readOnly flex={1} onFocus={(e) => e.currentTarget.select()} />
        <CopyButton value={inviteUrl}>
          {({ copied, copy }) => (
            <Button variant="light" onClick={copy}>
              {copied ? "Copied" : "Copy link"}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
