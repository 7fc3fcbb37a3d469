import { Avatar, type AvatarProps } from "@mantine/core";

interface UserAvatarProps extends Omit<AvatarProps, "children"> {
  name: string;
}

/** Initials on a colour derived from the name, so the same person looks the same everywhere. */
export function UserAvatar({ name, ...props }: UserAvatarProps) {
  return <Avatar name={name} color="initials" {...props} />;
}
