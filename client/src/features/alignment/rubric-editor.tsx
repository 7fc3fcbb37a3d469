import { ActionIcon, Button, Group, NumberInput, Select, Stack, Table, Textarea, TextInput } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useMutation } from "urql";
import type { LeadCriterionKind, LeadCriterionOperator, LeadDefinitionQuery as LeadDefinitionData } from "../../gql/graphql";
import { SaveLeadDefinitionMutation } from "./alignment-documents";
import { succeeded } from "./run-mutation";

type Definition = NonNullable<LeadDefinitionData["plan"]>["leadDefinition"];

interface CriterionDraft {
  key: string;
  id: string | null;
  kind: LeadCriterionKind;
  label: string;
  attribute: string;
  operator: LeadCriterionOperator;
  /** Comma-separated, as typed. */
  values: string;
  points: number;
}

export const OPERATOR_LABELS: Record<LeadCriterionOperator, string> = {
  EQUALS_ANY: "is one of",
  AT_LEAST: "is at least",
  AT_MOST: "is at most",
  IS_TRUE: "happened (yes/true)",
};

let nextKey = 0;
const draftOf = (criterion: Definition["criteria"][number]): CriterionDraft => ({ ...criterion, key: criterion.id, values: criterion.values.join(", ") });

/** Marketing's editor for the whole rubric; saving sends it at once (the server decides what changed). */
export function RubricEditor({ planId, definition, onSaved }: { planId: string; definition: Definition; onSaved(): void }) {
  const [texts, setTexts] = useState({ qualifiedLeadDefinition: definition.qualifiedLeadDefinition, gradingResponsibility: definition.gradingResponsibility });
  const [thresholds, setThresholds] = useState({ thresholdA: definition.thresholdA, thresholdB: definition.thresholdB, thresholdC: definition.thresholdC });
  const [criteria, setCriteria] = useState<CriterionDraft[]>(definition.criteria.map(draftOf));
  const [{ fetching }, save] = useMutation(SaveLeadDefinitionMutation);
  const change = (key: string, patch: Partial<CriterionDraft>) => setCriteria((rows) => rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const add = () =>
    setCriteria((rows) => [...rows, { key: `new-${nextKey++}`, id: null, kind: "FIT", label: "", attribute: "", operator: "EQUALS_ANY", values: "", points: 10 }]);
  const submit = async () => {
    const input = {
      planId,
      ...texts,
      ...thresholds,
      criteria: criteria.map(({ id, kind, label, attribute, operator, values, points }) => ({
        id,
        kind,
        label,
        attribute,
        operator,
        values: values.split(",").map((value) => value.trim()).filter(Boolean),
        points,
      })),
    };
    if (await succeeded(save({ input }), "Couldn't save the lead definition")) onSaved();
  };
  return (
    <Stack gap="sm" data-testid="rubric-editor">
      <Textarea label="What is a qualified lead?" autosize minRows={2} value={texts.qualifiedLeadDefinition} onChange={(e) => setTexts({ ...texts, qualifiedLeadDefinition: e.currentTarget.value })} />
      <Textarea label="Who calls which grade?" autosize minRows={2} value={texts.gradingResponsibility} onChange={(e) => setTexts({ ...texts, gradingResponsibility: e.currentTarget.value })} />
      <Group grow>
        {(["A", "B", "C"] as const).map((grade) => (
          <NumberInput
            key={grade}
            label={`Grade ${grade} from (points)`}
            min={0}
            value={thresholds[`threshold${grade}`]}
            onChange={(value) => setThresholds({ ...thresholds, [`threshold${grade}`]: Number(value) || 0 })}
          />
        ))}
      </Group>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Criterion</Table.Th>
            <Table.Th>Lead attribute</Table.Th>
            <Table.Th>Rule</Table.Th>
            <Table.Th>Values</Table.Th>
            <Table.Th>Points</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {criteria.map((row, index) => (
            <Table.Tr key={row.key} data-testid="criterion-row">
              <Table.Td w={160}>
                <Select aria-label={`Kind ${index + 1}`} data={["FIT", "ENGAGEMENT"]} value={row.kind} allowDeselect={false} onChange={(kind) => change(row.key, { kind: kind as LeadCriterionKind })} />
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={`Criterion ${index + 1}`} placeholder="Target industry" value={row.label} onChange={(e) => change(row.key, { label: e.currentTarget.value })} />
              </Table.Td>
              <Table.Td>
                <TextInput aria-label={`Attribute ${index + 1}`} placeholder="industry" value={row.attribute} onChange={(e) => change(row.key, { attribute: e.currentTarget.value })} />
              </Table.Td>
              <Table.Td w={180}>
                <Select
                  aria-label={`Rule ${index + 1}`}
                  data={Object.entries(OPERATOR_LABELS).map(([value, label]) => ({ value, label }))}
                  value={row.operator}
                  allowDeselect={false}
                  onChange={(operator) => change(row.key, { operator: operator as LeadCriterionOperator })}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`Values ${index + 1}`}
                  placeholder={row.operator === "IS_TRUE" ? "—" : "Manufacturing, Logistics"}
                  disabled={row.operator === "IS_TRUE"}
                  value={row.values}
                  onChange={(e) => change(row.key, { values: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td w={100}>
                <NumberInput aria-label={`Points ${index + 1}`} value={row.points} onChange={(value) => change(row.key, { points: Number(value) || 0 })} />
              </Table.Td>
              <Table.Td w={40}>
                <ActionIcon variant="subtle" color="red" aria-label={`Remove criterion ${index + 1}`} onClick={() => setCriteria((rows) => rows.filter((r) => r.key !== row.key))}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="space-between">
        <Button variant="default" leftSection={<IconPlus size={16} />} onClick={add}>
          Add criterion
        </Button>
        <Button onClick={() => void submit()} loading={fetching}>
          Save rubric
        </Button>
      </Group>
    </Stack>
  );
}
