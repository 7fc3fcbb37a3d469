import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { CloseCode } from "@planbridge/protocol";
import { notifications } from "@mantine/notifications";
import type { Editor } from "@tiptap/core";
import { IconAlertTriangle, IconArchive, IconEye } from "@tabler/icons-react";
import { useCallback, useMemo, useState } from "react";
import { useMutation } from "urql";
import { goToSignIn } from "../../app/sign-in-redirect";
import { useConnectionState } from "../../collab/use-connection-state";
import { usePlanConnection } from "../../collab/use-plan-connection";
import { describeError } from "../../components/graphql-errors";
import { ROLE_LABELS } from "../../components/plan-badges";
import type { PlanQuery as PlanResult } from "../../gql/graphql";
import { useCurrentUser } from "../auth/current-user";
import { MembersPanel } from "./members-panel";
import { PlanActionsMenu } from "./plan-actions-menu";
import { PlanBar } from "./plan-bar";
import { PlanHeader } from "./plan-header";
import { PlanOutline } from "./plan-outline";
import classes from "./plan-page.module.css";
import { AssignSectionReviewerMutation } from "./plan-page-documents";
import { canEditText, canExportDrafts, canManagePlan } from "./plan-roles";
import { SectionList } from "./section-list";
import { ApprovedExportMenu } from "../export/export-menu";
import { PresenterBanner } from "../presenter/presenter-banner";
import { PlanSignoffBanner, PlanSignoffPanels } from "../versions/plan-signoff-area";
import { usePlanSignoff } from "../versions/use-plan-signoff";

type Plan = NonNullable<PlanResult["plan"]>;

interface PlanWorkspaceProps {
  plan: Plan;
  onPlanChanged(): void;
}

/** The live plan: one shared document and socket for the whole page, one editor per section. */
export function PlanWorkspace({ plan, onPlanChanged }: PlanWorkspaceProps) {
  const me = useCurrentUser();
  const connection = usePlanConnection(plan.id);
  const provider = connection?.provider ?? null;
  const connectionState = useConnectionState(provider);
  const [activeEditor, setActiveEditor] = useState<Editor | null>(null);
  // The server stamps the same identity into awareness; setting it locally shows it before the round trip.
  const caretUser = useMemo(() => ({ name: me.name, color: me.color }), [me.name, me.color]);
  const isOwner = canManagePlan(plan.myRole);
  const isArchived = plan.status === "ARCHIVED";
  const canEdit = canEditText(plan.myRole) && !isArchived && !connectionState.terminalMessage;
  const assignReviewer = useAssignReviewer(plan.id);
  const signoff = usePlanSignoff(plan.id);
  const onSignoffChanged = useCallback(() => {
    signoff.refresh();
    onPlanChanged();
  }, [signoff, onPlanChanged]);

  return (
    <Stack gap="md">
      <PlanHeader
        planId={plan.id}
        title={plan.title}
        status={plan.status}
        myRole={plan.myRole}
        canRename={isOwner}
        aside={
          <>
            <ApprovedExportMenu planId={plan.id} />
            {isOwner && <PlanActionsMenu planId={plan.id} isArchived={isArchived} onChanged={onPlanChanged} />}
          </>
        }
      />
      {connectionState.terminalMessage && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title="Live editing stopped" role="alert">
          <Group justify="space-between" gap="sm">
            <Text size="sm">{connectionState.terminalMessage}</Text>
            {needsSignIn(connectionState.terminalCode) && (
              <Button size="xs" variant="white" color="red" onClick={goToSignIn}>
                Sign in again
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {isArchived && (
        <Alert color="gray" variant="light" icon={<IconArchive size={18} />}>
          <Text size="sm">This plan is archived: it stays readable, but nobody can change it.</Text>
        </Alert>
      )}
      {!isArchived && !canEditText(plan.myRole) && plan.myRole && (
        <Alert color="gray" variant="light" icon={<IconEye size={18} />}>
          <Text size="sm">
            You're a {ROLE_LABELS[plan.myRole].toLowerCase()} on this plan: you see every change live, but only owners and editors change the text.
          </Text>
        </Alert>
      )}
      <PresenterBanner planId={plan.id} provider={provider} />
      <PlanSignoffBanner planId={plan.id} state={signoff} myId={me.id} onChanged={onSignoffChanged} />
      <div className={classes.layout}>
        <Stack gap="md">
          <PlanBar canEdit={canEdit} activeEditor={activeEditor} provider={provider} connection={connectionState} />
          {connection && (
            <SectionList
              connection={connection}
              hasSynced={connectionState.hasSynced}
              hasFailed={connectionState.terminalMessage !== null}
              members={plan.members}
              user={caretUser}
              canEdit={canEdit}
              canAssignReviewer={isOwner}
              onAssignReviewer={assignReviewer}
              onActivate={setActiveEditor}
            />
          )}
        </Stack>
        <Stack gap="md">
          {connection && <PlanOutline doc={connection.doc} />}
          <PlanSignoffPanels
            planId={plan.id}
            state={signoff}
            myId={me.id}
            members={plan.members}
            canManage={isOwner && !isArchived}
            canExportDrafts={canExportDrafts(plan.myRole)}
            onChanged={onSignoffChanged}
          />
          <MembersPanel planId={plan.id} members={plan.members} myId={me.id} canManage={isOwner} onChanged={onPlanChanged} />
        </Stack>
      </div>
    </Stack>
  );
}

function needsSignIn(code: number | null): boolean {
  return code === CloseCode.Unauthenticated || code === CloseCode.SessionRevoked;
}

/** The reviewer lives in the shared doc, but only the server writes it (after its permission check). */
function useAssignReviewer(planId: string) {
  const [, assign] = useMutation(AssignSectionReviewerMutation);
  return useCallback(
    async (sectionId: string, userId: string | null) => {
      const result = await assign({ input: { planId, sectionId, userId } });
      if (result.error) notifications.show({ color: "red", title: "Couldn't assign the reviewer", message: describeError(result.error) });
    },
    [assign, planId],
  );
}
