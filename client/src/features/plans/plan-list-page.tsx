import { Alert, Button, Group, Paper, SegmentedControl, Select, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPlus } from "@tabler/icons-react";
import { useMemo } from "react";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../../components/empty-state";
import { describeError } from "../../components/graphql-errors";
import { PLAN_STATUS_OPTIONS, PlanStatusBadge, RoleBadge } from "../../components/plan-badges";
import { RelativeTime } from "../../components/relative-time";
import { UserAvatar } from "../../components/user-avatar";
import type { PlanStatus, PlansQuery as PlansResult } from "../../gql/graphql";
import { useCurrentUser } from "../../session/current-user";
import { NewPlanModal } from "./new-plan-modal";
import { PlansQuery } from "./plan-documents";

type PlanRow = PlansResult["plans"][number];

/** Filters live in the URL so a filtered list can be bookmarked and the back button restores it. */
function usePlanFilters() {
  const [params, setParams] = useSearchParams();
  const mine = params.get("mine") === "1";
  const status = (params.get("status") as PlanStatus | null) ?? null;
  const update = (next: { mine?: boolean; status?: PlanStatus | null }) => {
    const merged = { mine, status, ...next };
    const search = new URLSearchParams();
    if (merged.mine) search.set("mine", "1");
    if (merged.status) search.set("status", merged.status);
    setParams(search, { replace: true });
  };
  return { mine, status, update };
}

export function PlanListPage() {
  const canCreatePlan = useCurrentUser().can.createPlan;
  const [newPlanOpened, newPlan] = useDisclosure(false);
  const { mine, status, update } = usePlanFilters();
  const filter = useMemo(() => ({ mine: mine || undefined, status: status ?? undefined }), [mine, status]);
  const [{ data, fetching, error }] = useQuery({ query: PlansQuery, variables: { filter } });
  const plans = data?.plans;
  const isFiltered = mine || status !== null;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Plans
          </Title>
          <Text c="dimmed">Marketing plans you write and review with sales.</Text>
        </div>
        {canCreatePlan && (
          <Button leftSection={<IconPlus size={18} />} onClick={newPlan.open}>
            New plan
          </Button>
        )}
      </Group>
      <Group gap="sm">
        <SegmentedControl
          value={mine ? "mine" : "all"}
          onChange={(value) => update({ mine: value === "mine" })}
          data={[
            { value: "all", label: "All plans" },
            { value: "mine", label: "My plans" },
          ]}
        />
        <Select
          aria-label="Status"
          placeholder="Any status"
          data={PLAN_STATUS_OPTIONS}
          value={status}
          onChange={(value) => update({ status: value })}
          clearable
          w={180}
        />
      </Group>
      {error && <Alert color="red">{describeError(error)}</Alert>}
      {!plans && fetching && <PlanListSkeleton />}
      {plans && plans.length === 0 && (
        <Paper withBorder>
          {isFiltered ? (
            <EmptyState
              title="No plans match these filters"
              description="Try another status, or show all plans."
              action={<Button variant="light" onClick={() => update({ mine: false, status: null })}>Clear filters</Button>}
            />
          ) : (
            <EmptyState
              title="No plans yet"
              description="Start your first plan from the template and invite your sales council to review it."
              action={canCreatePlan && <Button leftSection={<IconPlus size={18} />} onClick={newPlan.open}>New plan</Button>}
            />
          )}
        </Paper>
      )}
      {plans && plans.length > 0 && <PlanTable plans={plans} />}
      <NewPlanModal opened={newPlanOpened} onClose={newPlan.close} />
    </Stack>
  );
}

function PlanTable({ plans }: { plans: PlanRow[] }) {
  return (
    <Paper withBorder>
      <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="lg">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Plan</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Your role</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Updated</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((plan) => (
            <Table.Tr key={plan.id}>
              <Table.Td>
                <Text component={Link} to={`/plans/${plan.id}`} fw={600} style={{ textDecoration: "none", overflowWrap: "anywhere" }}>
                  {plan.title}
                </Text>
              </Table.Td>
              <Table.Td>
                <PlanStatusBadge status={plan.status} />
              </Table.Td>
              <Table.Td>{plan.myRole ? <RoleBadge role={plan.myRole} /> : <Text c="dimmed" size="sm">—</Text>}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <UserAvatar name={plan.owner.name} color={plan.owner.color} size={24} />
                  <Text size="sm">{plan.owner.name}</Text>
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  <RelativeTime iso={plan.updatedAt} />
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function PlanListSkeleton() {
  return (
    <Stack gap="xs">
      {[0, 1, 2].map((i) => (
        <Skeleton key={i} h={52} />
      ))}
    </Stack>
  );
}
