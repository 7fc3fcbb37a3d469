import { Avatar, type AvatarProps } from "@mantine/core";
import { readableTextOn } from "./readable-text";

interface UserAvatarProps extends Omit<AvatarProps, "children" | "color"> {
  name: string;
  /** The person's fixed colour (the one their caret has); initials-based when unknown. */
  color?: string;
}

/** Initials on the person's colour, so the same person looks the same in lists, presence and carets. */
export function UserAvatar({ name, color, ...props }: UserAvatarProps) {
  // Filled, with black or white initials by the colour's luminance: light tints left them unreadable (axe).
  if (!color) return <Avatar name={name} color="initials" {...props} />;
  return <Avatar name={name} color={color} variant="filled" styles={{ placeholder: { color: readableTextOn(color) } }} {...props} />;
}
