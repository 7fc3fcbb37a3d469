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
  OWNER: "indigo",
  EDITOR: "blue",
  COMMENTER: "grape",
  APPROVER: "orange",
  VIEWER: "gray",
};

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { label, color } = STATUS[status];
  return (
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
