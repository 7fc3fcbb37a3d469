import { Avatar, type AvatarProps } from "@mantine/core";

interface UserAvatarProps extends Omit<AvatarProps, "children" | "color"> {
  name: string;
  /** The person's fixed colour (the one their caret has); initials-based when unknown. */
  color?: string;
}

/** Initials on the person's colour, so the same person looks the same in lists, presence and carets. */
export function UserAvatar({ name, color, ...props }: UserAvatarProps) {
  return <Avatar name={name} color={color ?? "initials"} {...props} />;
}
