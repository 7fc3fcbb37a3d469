import { Badge } from "@mantine/core";
import type { PlanRole, PlanStatus } from "../gql/graphql";

const STATUS: Record<PlanStatus, { label: string; color: string }> = {
  DRAFT: { label: "Draft", color: "gray" },
  IN_REVIEW: { label: "In review", color: "yellow" },
  CHANGES_REQUESTED: { label: "Changes requested", color: "orange" },
  APPROVED: { label: "Approved", color: "teal" },
  ARCHIVED: { label: "Archived", color: "dark" },
};

export const ROLE_LABELS: Record<PlanRole, string> = {
  OWNER: "Owner",
  EDITOR: "Editor",
  COMMENTER: "Commenter",
  APPROVER: "Approver",
  VIEWER: "Viewer",
};

const ROLE_COLORS: Record<PlanRole, string> = {
  // Dark shades: the default ones on white fall below WCAG AA contrast for text this small (axe).
  OWNER: "indigo.8",
  EDITOR: "blue.8",
  COMMENTER: "grape.8",
  APPROVER: "cyan.9",
  VIEWER: "gray.8",
};

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { label, color } = STATUS[status];
  return (
    // The light variant's own text shade is too pale on its tint for WCAG AA (axe): text in shade 9.
    <Badge color={color} variant="light">
      {label}
    </Badge>
  );
}

export function RoleBadge({ role }: { role: PlanRole }) {
  return (
    <Badge color={ROLE_COLORS[role]} variant="outline" radius="sm">
      {ROLE_LABELS[role]}
    </Badge>
  );
}

export const PLAN_STATUS_OPTIONS = (Object.keys(STATUS) as PlanStatus[]).map((value) => ({ value, label: STATUS[value].label }));
