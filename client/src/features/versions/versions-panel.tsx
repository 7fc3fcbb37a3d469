import { ActionIcon, Anchor, Button, Group, Menu, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconDots } from "@tabler/icons-react";
import { useState, type FormEvent, type ReactNode } from "react";
import { Link } from "react-router";
import { useMutation } from "urql";
import { ConfirmModal } from "../../components/confirm-modal";
import { RelativeTime } from "../../components/relative-time";
import type { PlanRole } from "../../gql/graphql";
import { reportFailure, type Version, type VersionPermissions } from "./use-plan-signoff";
import { SubmitSignoffModal } from "./submit-signoff-modal";
import { CutVersionMutation, RestoreVersionMutation } from "./versions-documents";

interface Member {
  role: PlanRole;
  user: { id: string; name: string };
}

interface VersionsPanelProps {
  planId: string;
  versions: Version[];
  submittedVersionId: string | null;
  members: Member[];
  /** What the viewer may do here, from the server's policy (`Plan.viewerCan`). */
  can: VersionPermissions;
  onChanged(): void;
  /** Menu items other features add to each version (export and present), composed by the app's route. */
  versionActions?: (version: { id: string; number: number }) => ReactNode;
}

/** The plan's fixed, hashed versions: cut one, submit it for sign-off, compare, restore. */
export function VersionsPanel({ planId, versions, submittedVersionId, members, can, versionActions, onChanged }: VersionsPanelProps) {
  return (
    <Paper withBorder p="md" data-testid="versions-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h5">
            Versions
          </Title>
          {can.viewAudit && (
            <Anchor component={Link} to={`/plans/${planId}/audit`} size="xs">
              Audit log
            </Anchor>
          )}
        </Group>
        {can.cutVersion && <CutVersionForm planId={planId} onCut={onChanged} />}
        {versions.length === 0 && (
          <Text size="sm" c="dimmed">
            No versions yet. A version fixes the plan's text so it can be signed.
          </Text>
        )}
        {versions.map((version, index) => (
          <VersionRow
            key={version.id}
            planId={planId}
            version={version}
            previous={versions[index + 1] ?? null}
            isSubmitted={version.id === submittedVersionId}
            approvers={members.filter((member) => member.role === "APPROVER")}
            can={can}
            extraActions={versionActions?.({ id: version.id, number: version.number })}
            onChanged={onChanged}
          />
        ))}
      </Stack>
    </Paper>
  );
}

function CutVersionForm({ planId, onCut }: { planId: string; onCut(): void }) {
  const [name, setName] = useState("");
  const [cutting, cutVersion] = useMutation(CutVersionMutation);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await cutVersion({ input: { planId, name: name.trim() || null } });
    if (reportFailure("Couldn't cut a version", result.error)) return;
    setName("");
    onCut();
  };
  return (
    <form onSubmit={(event) => void onSubmit(event)}>
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <TextInput size="xs" label="Version name (optional)" placeholder="Council review draft" value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={200} style={{ flex: 1 }} />
        <Button size="xs" type="submit" loading={cutting.fetching}>
          Cut version
        </Button>
      </Group>
    </form>
  );
}

interface VersionRowProps {
  planId: string;
  version: Version;
  previous: Version | null;
  isSubmitted: boolean;
  approvers: Member[];
  can: VersionPermissions;
  onChanged(): void;
  extraActions?: ReactNode;
}

function VersionRow({ planId, version, previous, isSubmitted, approvers, can, extraActions, onChanged }: VersionRowProps) {
  const [isSubmitting, submitting] = useDisclosure(false);
  const [isRestoring, restoring] = useDisclosure(false);
  const [, restoreVersion] = useMutation(RestoreVersionMutation);
  const onRestore = async () => {
    if (!reportFailure("Couldn't restore the version", (await restoreVersion({ input: { versionId: version.id } })).error)) onChanged();
  };
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" data-version-number={version.number}>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} truncate>
          Version {version.number}
          {version.name ? ` · ${version.name}` : ""}
          {isSubmitted ? " · submitted" : ""}
        </Text>
        <Text size="xs" c="dimmed">
          {version.createdBy.name} · <RelativeTime iso={version.createdAt} /> · <span title={version.hash}>{version.hash.slice(0, 8)}</span>
        </Text>
      </Stack>
      <Menu position="bottom-end" shadow="md">
        <Menu.Target>
          <ActionIcon variant="subtle" aria-label={`Version ${version.number} actions`}>
            <IconDots size={16} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item component={Link} to={`/plans/${planId}/versions/${version.id}`}>
            Open read-only
          </Menu.Item>
          <Menu.Item component={Link} to={`/plans/${planId}/compare/${version.id}/draft`}>
            Compare with the draft
          </Menu.Item>
          {previous && (
            <Menu.Item component={Link} to={`/plans/${planId}/compare/${previous.id}/${version.id}`}>
              Compare with version {previous.number}
            </Menu.Item>
          )}
          {extraActions && <Menu.Divider />}
          {extraActions}
          {can.requestSignoff && <Menu.Item onClick={submitting.open}>Submit for sign-off</Menu.Item>}
          {can.restore && (
            <Menu.Item color="red" onClick={restoring.open}>
              Restore as the draft
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      {can.requestSignoff && <SubmitSignoffModal opened={isSubmitting} onClose={submitting.close} version={version} approvers={approvers} onSubmitted={onChanged} />}
      <ConfirmModal
        opened={isRestoring}
        title={`Restore version ${version.number}?`}
        message="The draft's text becomes this version's again, as a new change everyone sees live. Versions and history stay as they are."
        confirmLabel="Restore"
        onConfirm={() => void onRestore()}
        onClose={restoring.close}
      />
    </Group>
  );
}
