import { Anchor, Breadcrumbs, Button, Group, Stack, TextInput, Title } from "@mantine/core";
import { IconCalendarEvent, IconTargetArrow } from "@tabler/icons-react";
import { notifications } from "@mantine/notifications";
import { useEffect, useState, type ReactNode } from "react";
import { Link } from "react-router";
import { useMutation } from "urql";
import { describeError } from "../../components/graphql-errors";
import { PlanStatusBadge, RoleBadge } from "../../components/plan-badges";
import { planTitleProblem } from "../../components/plan-title";
import type { PlanRole, PlanStatus } from "../../gql/graphql";
import classes from "./plan-page.module.css";
import { RenamePlanMutation } from "./plan-page-documents";

interface PlanHeaderProps {
  planId: string;
  title: string;
  status: PlanStatus;
  myRole: PlanRole | null | undefined;
  canRename: boolean;
  /** Plan-level actions, laid out on the right. */
  aside: ReactNode;
}

export function PlanHeader({ planId, title, status, myRole, canRename, aside }: PlanHeaderProps) {
  return (
    <Stack gap={6}>
      <Breadcrumbs>
        <Anchor component={Link} to="/plans" size="sm" c="dimmed">
          Plans
        </Anchor>
        <Anchor size="sm" c="dimmed" underline="never">
          {title}
        </Anchor>
      </Breadcrumbs>
      <Group justify="space-between" align="center" wrap="wrap" gap="md">
        <Group gap="sm" align="center" style={{ flex: 1, minWidth: 280 }} wrap="nowrap">
          {canRename ? <PlanTitleInput planId={planId} title={title} /> : <Title order={1} size="h2">{title}</Title>}
          <PlanStatusBadge status={status} />
          {myRole && <RoleBadge role={myRole} />}
        </Group>
        <Group gap="md">{aside}</Group>
      </Group>
      <Group gap="xs">
        <Button component={Link} to={`/plans/${planId}/leads`} size="xs" variant="light" leftSection={<IconTargetArrow size={14} />}>
          Lead definition
        </Button>
        <Button component={Link} to={`/plans/${planId}/calendar`} size="xs" variant="light" leftSection={<IconCalendarEvent size={14} />}>
          Campaign calendar
        </Button>
      </Group>
    </Stack>
  );
}

function PlanTitleInput({ planId, title }: { planId: string; title: string }) {
  const [draft, setDraft] = useState(title);
  const [, renamePlan] = useMutation(RenamePlanMutation);
  useEffect(() => setDraft(title), [title]);
  const problem = planTitleProblem(draft);
  const commit = async () => {
    const next = draft.trim();
    // Too long: keep the draft and its message so the person can shorten it rather than lose it.
    if (problem) return;
    if (!next || next === title) return setDraft(title);
    const result = await renamePlan({ input: { planId, title: next } });
    if (result.error) {
      notifications.show({ color: "red", title: "Couldn't rename the plan", message: describeError(result.error) });
      setDraft(title);
    }
  };
  return (
    <TextInput
      variant="unstyled"
      aria-label="Plan title"
      classNames={{ input: classes.planTitleInput }}
      value={draft}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        if (e.key === "Enter") e.currentTarget.blur();
        if (e.key === "Escape") setDraft(title);
      }}
      error={problem}
      style={{ flex: 1 }}
    />
  );
}
