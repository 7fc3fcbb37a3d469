import { Alert, Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconCircleCheck, IconAlertTriangle, IconHourglass } from "@tabler/icons-react";
import { useMutation } from "urql";
import { RelativeTime } from "../../components/relative-time";
import type { ApprovalState, SignoffStatus } from "../../gql/graphql";
import { CommentModal } from "./comment-modal";
import { reportFailure, type Approval, type Signoff } from "./use-plan-signoff";
import { ApproveVersionMutation, RequestChangesMutation } from "./versions-documents";

const STATUS: Record<Exclude<SignoffStatus, "SUPERSEDED">, { color: string; title: (n: number) => string }> = {
  IN_REVIEW: { color: "yellow", title: (n) => `Version ${n} is waiting for sign-off` },
  CHANGES_REQUESTED: { color: "orange", title: (n) => `Changes requested on version ${n}` },
  APPROVED: { color: "teal", title: (n) => `Version ${n} is approved` },
};

const STATE: Record<ApprovalState, { label: string; color: string }> = {
  PENDING: { label: "Waiting", color: "gray" },
  CURRENT: { label: "Approved", color: "teal" },
  STALE: { label: "Stale", color: "orange" },
  CHANGES_REQUESTED: { label: "Changes requested", color: "red" },
};

interface SignoffBannerProps {
  signoff: Signoff;
  myId: string;
  /** `Plan.viewerCan.approve`: a named approver who lost the role (or an archived plan) gets no buttons. */
  canApprove: boolean;
  onChanged(): void;
}

/** Who approved what and when, what went stale, and (for a named approver) the decision buttons. */
export function SignoffBanner({ signoff, myId, canApprove, onChanged }: SignoffBannerProps) {
  const status = STATUS[signoff.status as keyof typeof STATUS] ?? STATUS.IN_REVIEW;
  const icon = signoff.status === "APPROVED" ? <IconCircleCheck size={18} /> : signoff.status === "IN_REVIEW" ? <IconHourglass size={18} /> : <IconAlertTriangle size={18} />;
  const mine = signoff.approvals.find((approval) => approval.approver.id === myId);
  return (
    <Alert color={status.color} icon={icon} title={status.title(signoff.version.number)} data-testid="signoff-banner" data-status={signoff.status}>
      <Stack gap={6}>
        {signoff.approvals.map((approval) => (
          <ApprovalRow key={approval.id} approval={approval} submittedNumber={signoff.version.number} />
        ))}
        {mine && canApprove && <DecisionButtons versionId={signoff.version.id} approval={mine} onChanged={onChanged} />}
      </Stack>
    </Alert>
  );
}

function ApprovalRow({ approval, submittedNumber }: { approval: Approval; submittedNumber: number }) {
  const state = STATE[approval.state];
  const scope = approval.sectionIds ? `${approval.sectionIds.length} section${approval.sectionIds.length === 1 ? "" : "s"}` : "whole plan";
  return (
    <Group gap="xs" wrap="wrap" data-approver={approval.approver.email} data-state={approval.state}>
      <Text size="sm" fw={500}>
        {approval.approver.name}
      </Text>
      <Badge size="sm" variant="light" color={state.color}>
        {state.label}
      </Badge>
      <Text size="xs" c="dimmed">
        {scope}
        {approval.approvedVersion && approval.decidedAt && (
          <>
            {" · "}
            {approval.state === "CHANGES_REQUESTED" ? "asked for changes on" : "approved"} version {approval.approvedVersion.number}{" "}
            <RelativeTime iso={approval.decidedAt} />
          </>
        )}
        {approval.state === "CURRENT" && approval.isCarriedOver && ` · still covers version ${submittedNumber}: nothing they signed changed`}
        {approval.state === "STALE" && ` · sections they approved changed before version ${submittedNumber}`}
      </Text>
      {approval.comment && (
        <Text size="xs" fs="italic">
          “{approval.comment}”
        </Text>
      )}
    </Group>
  );
}

function DecisionButtons({ versionId, approval, onChanged }: { versionId: string; approval: Approval; onChanged(): void }) {
  const [approving, approve] = useMutation(ApproveVersionMutation);
  const [asking, requestChanges] = useMutation(RequestChangesMutation);
  const [isAsking, ask] = useDisclosure(false);
  const onApprove = async () => {
    if (!reportFailure("Couldn't approve", (await approve({ input: { versionId } })).error)) onChanged();
  };
  const onRequestChanges = async (comment: string) => {
    const failed = reportFailure("Couldn't request changes", (await requestChanges({ input: { versionId, comment } })).error);
    if (!failed) onChanged();
    return !failed;
  };
  return (
    <Group gap="xs" mt={4}>
      <Button size="xs" color="teal" onClick={() => void onApprove()} loading={approving.fetching} disabled={approval.state === "CURRENT"}>
        Approve this version
      </Button>
      <Button size="xs" variant="default" onClick={ask.open}>
        Request changes
      </Button>
      <CommentModal
        opened={isAsking}
        onClose={ask.close}
        title="Request changes"
        label="What needs to change?"
        confirmLabel="Request changes"
        isSaving={asking.fetching}
        onSubmit={onRequestChanges}
      />
    </Group>
  );
}
