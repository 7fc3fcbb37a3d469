import { Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconFileDescription } from "@tabler/icons-react";
import type { ReactNode } from "react";

interface EmptyStateProps {
  title: string;
  description: ReactNode;
  icon?: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ title, description, icon, action }: EmptyStateProps) {
  return (
    <Stack align="center" gap="sm" py={64} px="md" ta="center">
      <ThemeIcon size={56} radius="xl" variant="light">
        {icon ?? <IconFileDescription size={28} />}
      </ThemeIcon>
      <Title order={3}>{title}</Title>
      <Text c="dimmed" maw={420}>
        {description}
      </Text>
      {action}
    </Stack>
  );
}
