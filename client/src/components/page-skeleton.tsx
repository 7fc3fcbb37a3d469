/**
 * Placeholders in the shape of a page while its code or data loads: the plan page's code (the editor) is
 * a separate chunk, so a direct link or a slow connection shows this instead of an empty screen.
 */
import { Group, Skeleton, Stack } from "@mantine/core";

/** Title, toolbar and section cards on the left; outline and members on the right. */
export function PlanPageSkeleton() {
  return (
    <Stack gap="md" data-testid="plan-page-skeleton" aria-busy="true" aria-label="Loading the plan">
      <Skeleton height={36} width="45%" radius="sm" />
      <Group align="flex-start" gap="lg" wrap="nowrap">
        <Stack gap="md" style={{ flex: 1 }}>
          <Skeleton height={40} radius="sm" />
          {[0, 1, 2].map((card) => (
            <Stack key={card} gap="xs">
              <Skeleton height={22} width="30%" radius="sm" />
              <Skeleton height={110} radius="md" />
            </Stack>
          ))}
        </Stack>
        <Stack gap="md" w={360} visibleFrom="md">
          <Skeleton height={220} radius="md" />
          <Skeleton height={160} radius="md" />
        </Stack>
      </Group>
    </Stack>
  );
}

/** Any other page: a heading and a few lines. */
export function PageSkeleton() {
  return (
    <Stack gap="md" data-testid="page-skeleton" aria-busy="true" aria-label="Loading">
      <Skeleton height={32} width="35%" radius="sm" />
      <Skeleton height={18} radius="sm" />
      <Skeleton height={18} width="80%" radius="sm" />
      <Skeleton height={18} width="60%" radius="sm" />
    </Stack>
  );
}
