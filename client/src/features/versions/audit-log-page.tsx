import { Alert, Code, Stack, Table, Text, Title } from "@mantine/core";
import { IconShieldCheck, IconShieldX } from "@tabler/icons-react";
import { useParams } from "react-router";
import { useQuery } from "urql";
import { FullPageLoader } from "../../components/full-page-loader";
import { describeError } from "../../components/graphql-errors";
import { RelativeTime } from "../../components/relative-time";
import { AuditLogQuery } from "./versions-documents";
import { BackToPlan } from "../../components/back-to-plan";

/** The plan's hash-chained audit trail, and whether the chain still verifies. */
export function AuditLogPage() {
  const { planId = "" } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: AuditLogQuery, variables: { planId } });
  const log = data?.auditLog;
  if (!log && fetching) return <FullPageLoader />;
  if (!log) return <Alert color="red">{describeError(error) ?? "The audit log is not available."}</Alert>;
  return (
    <Stack gap="md" data-testid="audit-log">
      <BackToPlan planId={planId} />
      <Title order={1} size="h2">
        Audit log
      </Title>
      {log.isValid ? (
        <Alert color="teal" icon={<IconShieldCheck size={18} />} title="The chain verifies">
          Every entry matches its hash and links to the one before it.
        </Alert>
      ) : (
        <Alert color="red" icon={<IconShieldX size={18} />} title="The chain does not verify">
          Entry {log.firstInvalidEntryId} (or the one before it) was changed or removed after it was written.
        </Alert>
      )}
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>What</Table.Th>
            <Table.Th>Details</Table.Th>
            <Table.Th>Hash</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {log.entries.map((entry) => (
            <Table.Tr key={entry.id} data-audit-action={entry.action} c={entry.id === log.firstInvalidEntryId ? "red" : undefined}>
              <Table.Td>
                <RelativeTime iso={entry.createdAt} />
              </Table.Td>
              <Table.Td>{entry.actor?.name ?? "—"}</Table.Td>
              <Table.Td>{entry.action.replaceAll("_", " ").toLowerCase()}</Table.Td>
              <Table.Td>
                <Text size="xs" lineClamp={2}>
                  {JSON.stringify(entry.payload)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Code>{entry.hash.slice(0, 10)}</Code>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
