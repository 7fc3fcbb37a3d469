import { Group, Text, ThemeIcon } from "@mantine/core";
import { IconChartBar } from "@tabler/icons-react";
import { Link } from "react-router";

export function BrandMark() {
  return (
    <Link to="/plans" style={{ textDecoration: "none" }} aria-label="planbridge home">
      <Group gap={8}>
      <ThemeIcon size={30} radius="md" variant="gradient" gradient={{ from: "indigo", to: "cyan", deg: 135 }}>
        <IconChartBar size={18} />
      </ThemeIcon>
      <Text fw={700} size="lg" c="dark.7">
        planbridge
      </Text>
      </Group>
    </Link>
  );
}
