import { BarChart } from "@mantine/charts";
import { Badge, Button, FileButton, Group, Paper, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { IconFileImport } from "@tabler/icons-react";
import Papa from "papaparse";
import { useState } from "react";
import { useClient } from "urql";
import { describeError } from "../../components/graphql-errors";
import type { GradeLeadQuery as GradeLeadData, LeadGrade } from "../../gql/graphql";
import { GradeLeadQuery } from "./alignment-documents";

type Grading = GradeLeadData["gradeLead"];
interface GradedLead {
  name: string;
  grading: Grading | null;
  error: string | null;
}

const GRADES: LeadGrade[] = ["A", "B", "C", "NOT_A_LEAD"];
export const GRADE_LABELS: Record<LeadGrade, string> = { A: "A", B: "B", C: "C", NOT_A_LEAD: "Not a lead" };
const GRADE_COLORS: Record<LeadGrade, string> = { A: "teal", B: "blue", C: "yellow", NOT_A_LEAD: "gray" };
const NAME_COLUMNS = ["name", "lead", "company", "contact"];
const MAX_CSV_LEADS = 500;

/**
 * Tests the current rubric on real cases before it is published: one lead typed in, or a CSV of sample
 * leads (a header row naming the attributes), each graded by the server; the grades' spread as a chart.
 */
export function GradingCalculator({ planId, attributes }: { planId: string; attributes: string[] }) {
  const client = useClient();
  const [lead, setLead] = useState<Record<string, string>>({});
  const [graded, setGraded] = useState<GradedLead[]>([]);
  const [csvProblem, setCsvProblem] = useState<string | null>(null);
  const grade = async (name: string, values: Record<string, unknown>): Promise<GradedLead> => {
    const result = await client.query(GradeLeadQuery, { input: { planId, attributes: values } }, { requestPolicy: "network-only" }).toPromise();
    return { name, grading: result.data?.gradeLead ?? null, error: result.error ? (describeError(result.error) ?? "Not graded") : null };
  };
  const gradeOne = async () => setGraded([await grade("Entered lead", lead)]);
  const importCsv = (file: File | null) => {
    if (!file) return;
    Papa.parse<Record<string, string>>(file, {
      header: true,
      skipEmptyLines: "greedy",
      complete: (parsed) => {
        const rows = parsed.data.slice(0, MAX_CSV_LEADS);
        setCsvProblem(parsed.errors[0] ? `Row ${(parsed.errors[0].row ?? 0) + 2}: ${parsed.errors[0].message}` : null);
        void Promise.all(rows.map((row, index) => grade(nameOf(row) ?? `Lead ${index + 1}`, row))).then(setGraded);
      },
      error: (error) => setCsvProblem(error.message),
    });
  };
  const distribution = GRADES.map((value) => ({ grade: GRADE_LABELS[value], leads: graded.filter((row) => row.grading?.grade === value).length }));
  return (
    <Paper withBorder p="md" data-testid="grading-calculator">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Grading calculator
        </Title>
        <Text size="sm" c="dimmed">
          Grades against the rubric as it is now, drafts included. Enter a lead, or import a CSV whose header row names the attributes.
        </Text>
        <Group align="end" wrap="wrap">
          {attributes.map((attribute) => (
            <TextInput key={attribute} label={attribute} w={160} value={lead[attribute] ?? ""} onChange={(e) => setLead({ ...lead, [attribute]: e.currentTarget.value })} />
          ))}
          <Button onClick={() => void gradeOne()}>Grade lead</Button>
          <FileButton onChange={importCsv} accept=".csv,text/csv">
            {(props) => (
              <Button variant="default" leftSection={<IconFileImport size={16} />} {...props}>
                Import CSV
              </Button>
            )}
          </FileButton>
        </Group>
        {csvProblem && <Text c="red" size="sm">{csvProblem}</Text>}
        {graded.length > 0 && (
          <>
            <Table data-testid="graded-leads">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Lead</Table.Th>
                  <Table.Th>Score</Table.Th>
                  <Table.Th>Grade</Table.Th>
                  <Table.Th>Criteria that fired</Table.Th>
                  <Table.Th>Missing</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {graded.map((row, index) => (
                  <Table.Tr key={`${row.name}-${index}`}>
                    <Table.Td>{row.name}</Table.Td>
                    <Table.Td>{row.grading?.score ?? "—"}</Table.Td>
                    <Table.Td>
                      {row.grading ? <Badge color={GRADE_COLORS[row.grading.grade]}>{GRADE_LABELS[row.grading.grade]}</Badge> : <Text c="red" size="sm">{row.error}</Text>}
                    </Table.Td>
                    <Table.Td>{row.grading?.firedCriteria.map((criterion) => `${criterion.label} (${criterion.points >= 0 ? "+" : ""}${criterion.points})`).join(", ")}</Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {row.grading?.missingAttributes.join(", ")}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {graded.length > 1 && (
              <BarChart h={180} data={distribution} dataKey="grade" series={[{ name: "leads", label: "Leads", color: "indigo.6" }]} aria-label="Grade distribution" />
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

function nameOf(row: Record<string, string>): string | null {
  const key = Object.keys(row).find((column) => NAME_COLUMNS.includes(column.trim().toLowerCase()));
  return key ? row[key] || null : null;
}
