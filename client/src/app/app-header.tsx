import { Box, Group, Menu, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { IconChevronDown, IconLogout, IconUserCircle, IconUsers } from "@tabler/icons-react";
import { NavLink } from "react-router";
import { BrandMark } from "../components/brand-mark";
import { UserAvatar } from "../components/user-avatar";
import { NotificationBell } from "../features/comments/notification-bell";
import { useCurrentUser } from "../session/current-user";
import { useSignOut } from "../features/auth/use-sign-out";
import classes from "./app-header.module.css";

export function AppHeader() {
  const me = useCurrentUser();
  return (
    <Group h="100%" px="lg" justify="space-between">
      <Group gap="xl">
        <BrandMark />
        <Group gap={4} component="nav" aria-label="Main">
          <NavLink to="/plans" className={classes.navLink}>
            Plans
          </NavLink>
          <NavLink to="/people" className={classes.navLink}>
            People
          </NavLink>
        </Group>
      </Group>
      <Group gap="sm">
        <NotificationBell />
        <UserMenu name={me.name} color={me.color} email={me.email} organization={me.organization.name} />
      </Group>
    </Group>
  );
}

interface UserMenuProps {
  name: string;
  color: string;
  email: string;
  organization: string;
}

function UserMenu({ name, color, email, organization }: UserMenuProps) {
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton className={classes.userButton}>
          <Group gap="xs">
            <UserAvatar name={name} color={color} size={32} />
            <Box visibleFrom="sm">
              <Text size="sm" fw={600} lh={1.2}>
                {name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {organization}
              </Text>
            </Box>
            <IconChevronDown size={14} />
            {/* The visible name starts the button's accessible name (axe: label-content-name-mismatch). */}
            <VisuallyHidden>Account menu</VisuallyHidden>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{email}</Menu.Label>
        <Menu.Item component={NavLink} to="/account" leftSection={<IconUserCircle size={16} />}>
          Your account
        </Menu.Item>
        <Menu.Item component={NavLink} to="/people" leftSection={<IconUsers size={16} />}>
          People
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
