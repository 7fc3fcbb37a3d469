import { Button, Checkbox, Group, Modal, ScrollArea, Stack, Switch, Text } from "@mantine/core";
import { useState } from "react";
import { useMutation } from "urql";
import { reportFailure, type Version } from "./use-plan-signoff";
import { RequestSignoffMutation } from "./versions-documents";

export interface Approver {
  user: { id: string; name: string };
}

interface SubmitSignoffModalProps {
  opened: boolean;
  onClose(): void;
  version: Version;
  approvers: Approver[];
  onSubmitted(): void;
}

/** approverId -> the sections they sign; absent or empty: the whole plan. */
type Scopes = Record<string, string[]>;

/** The owner names who must approve this exact version, each for the whole plan or for chosen sections. */
export function SubmitSignoffModal({ opened, onClose, version, approvers, onSubmitted }: SubmitSignoffModalProps) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [scopes, setScopes] = useState<Scopes>({});
  const [submitting, requestSignoff] = useMutation(RequestSignoffMutation);
  const onSubmit = async () => {
    const input = {
      versionId: version.id,
      approverIds: chosen.filter((id) => !scopes[id]?.length),
      sectionApprovers: chosen.filter((id) => scopes[id]?.length).map((approverId) => ({ approverId, sectionIds: scopes[approverId] })),
    };
    if (reportFailure("Couldn't submit for sign-off", (await requestSignoff({ input })).error)) return;
    onClose();
    onSubmitted();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={`Submit version ${version.number} for sign-off`} centered size="lg">
      <Stack>
        <Checkbox.Group label="Required approvers" description="Each must approve this exact version." value={chosen} onChange={setChosen}>
          <Stack gap="xs" mt="xs">
            {approvers.length === 0 && (
              <Text size="sm" c="dimmed">
                Add a member with the Approver role first.
              </Text>
            )}
            {approvers.map((member) => (
              <Checkbox key={member.user.id} value={member.user.id} label={member.user.name} />
            ))}
          </Stack>
        </Checkbox.Group>
        {approvers
          .filter((member) => chosen.includes(member.user.id))
          .map((member) => (
            <ScopePicker
              key={member.user.id}
              approver={member}
              version={version}
              sectionIds={scopes[member.user.id] ?? []}
              onChange={(sectionIds) => setScopes((current) => ({ ...current, [member.user.id]: sectionIds }))}
            />
          ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void onSubmit()} loading={submitting.fetching} disabled={chosen.length === 0}>
            Submit
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

interface ScopePickerProps {
  approver: Approver;
  version: Version;
  sectionIds: string[];
  onChange(sectionIds: string[]): void;
}

/** Whole plan by default; an approver who signs only their part has it listed here. */
function ScopePicker({ approver, version, sectionIds, onChange }: ScopePickerProps) {
  const [isPartial, setPartial] = useState(sectionIds.length > 0);
  const toggle = (partial: boolean) => {
    setPartial(partial);
    if (!partial) onChange([]);
  };
  return (
    <Stack gap={6}>
      <Switch label={`${approver.user.name} signs only some sections`} checked={isPartial} onChange={(e) => toggle(e.currentTarget.checked)} />
      {isPartial && (
        <ScrollArea.Autosize mah={220} type="auto">
          <Checkbox.Group aria-label={`Sections ${approver.user.name} signs`} value={sectionIds} onChange={onChange}>
            <Stack gap={4} pl="md">
              {version.sections.map((section) => (
                <Checkbox key={section.sectionId} size="xs" value={section.sectionId} label={section.title} />
              ))}
            </Stack>
          </Checkbox.Group>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}
