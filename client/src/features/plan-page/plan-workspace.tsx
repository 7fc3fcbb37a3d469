import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { CloseCode } from "@planbridge/protocol";
import { notifications } from "@mantine/notifications";
import type { Editor } from "@tiptap/core";
import { IconAlertTriangle, IconArchive, IconEye } from "@tabler/icons-react";
import { useCallback, useMemo, useState, type ComponentType } from "react";
import { useMutation } from "urql";
import type { WebsocketProvider } from "y-websocket";
import { goToSignIn } from "../../app/sign-in-redirect";
import { useConnectionState } from "../../collab/use-connection-state";
import { usePlanConnection } from "../../collab/use-plan-connection";
import { describeError } from "../../components/graphql-errors";
import { ROLE_LABELS } from "../../components/plan-badges";
import type { PlanQuery as PlanResult } from "../../gql/graphql";
import { useCurrentUser } from "../../session/current-user";
import { NoPlanAddOn, type PlanAddOn, type PlanAddOnComponent } from "../../editor/plan-add-on";
import { MembersPanel } from "./members-panel";
import { PlanActionsMenu } from "./plan-actions-menu";
import { PlanBar } from "./plan-bar";
import { PlanHeader } from "./plan-header";
import { PlanOutline } from "./plan-outline";
import classes from "./plan-page.module.css";
import { AssignSectionReviewerMutation } from "./plan-page-documents";
import type { SectionFooterProps } from "./section-card";
import { SectionList } from "./section-list";

export type { SectionFooterProps } from "./section-card";

type Plan = NonNullable<PlanResult["plan"]>;

/**
 * What another feature (sign-off) adds to the plan page, composed by the app's routes so that this
 * feature never imports it: rendered once as a banner above the sections and once beside them.
 */
export interface PlanExtensionProps {
  planId: string;
  myId: string;
  members: Plan["members"];
  /** What the viewer may do on this plan (the server's policy). */
  can: Plan["viewerCan"];
  /** The plan's collaboration socket, for features that read awareness (who is presenting). */
  provider: WebsocketProvider | null;
  /** "header": beside the plan's title; "banner": above the sections; "side": beside them. */
  placement: "header" | "banner" | "side";
  onPlanChanged(): void;
}

interface PlanWorkspaceProps {
  plan: Plan;
  onPlanChanged(): void;
  Extension?: ComponentType<PlanExtensionProps>;
  /** What other features add around the editors (comments, wired by app/plan-route). */
  addOn?: PlanAddOnComponent;
  SectionFooter?: ComponentType<SectionFooterProps>;
}

/** The live plan: one shared document and socket for the whole page, one editor per section. */
export function PlanWorkspace({ plan, onPlanChanged, Extension, SectionFooter, addOn: AddOn = NoPlanAddOn }: PlanWorkspaceProps) {
  const me = useCurrentUser();
  const connection = usePlanConnection(plan.id);
  const provider = connection?.provider ?? null;
  const connectionState = useConnectionState(provider);
  const [activeEditor, setActiveEditor] = useState<Editor | null>(null);
  // The server stamps the same identity into awareness; setting it locally shows it before the round trip.
  const caretUser = useMemo(() => ({ name: me.name, color: me.color }), [me.name, me.color]);
  // What the viewer may do comes from the server's policy (viewerCan), never from the role name.
  const can = plan.viewerCan;
  const isArchived = plan.status === "ARCHIVED";
  const canEdit = can.editText && !connectionState.terminalMessage;
  const assignReviewer = useAssignReviewer(plan.id);
  const extension = { planId: plan.id, myId: me.id, members: plan.members, can, provider, onPlanChanged };
  const people = useMemo(() => plan.members.map(({ user }) => user), [plan.members]);

  // The layout is rendered inside the add-on (comments), which adds the panel and the editors' extras.
  const layout = (addOn: PlanAddOn) => (
    <Stack gap="md">
      <PlanHeader
        planId={plan.id}
        title={plan.title}
        status={plan.status}
        myRole={plan.myRole}
        canRename={can.rename}
        aside={
          <>
            {Extension && <Extension {...extension} placement="header" />}
            {can.archive && <PlanActionsMenu planId={plan.id} isArchived={isArchived} onChanged={onPlanChanged} />}
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
      {!isArchived && !can.editText && plan.myRole && (
        <Alert color="gray" variant="light" icon={<IconEye size={18} />}>
          <Text size="sm">
            You're {articleFor(ROLE_LABELS[plan.myRole])} {ROLE_LABELS[plan.myRole].toLowerCase()} on this plan: you see every change live, but only owners and editors change the text.
          </Text>
        </Alert>
      )}
      {Extension && <Extension {...extension} placement="banner" />}
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
              canAssignReviewer={can.assignReviewer}
              addOnFor={addOn.forSection}
              planId={plan.id}
              SectionFooter={SectionFooter}
              onAssignReviewer={assignReviewer}
              onActivate={setActiveEditor}
            />
          )}
        </Stack>
        <Stack gap="md" className={classes.aside}>
          {addOn.aside}
          {connection && <PlanOutline doc={connection.doc} />}
          {Extension && <Extension {...extension} placement="side" />}
          <MembersPanel planId={plan.id} members={plan.members} myId={me.id} canManage={can.manageMembers} onChanged={onPlanChanged} />
        </Stack>
      </div>
    </Stack>
  );
  return (
    <AddOn planId={plan.id} myId={me.id} doc={connection?.doc ?? null} people={people} viewerCan={can}>
      {layout}
    </AddOn>
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

/** "an approver", "a viewer": the article for a role label read aloud. */
function articleFor(label: string): string {
  return /^[aeiou]/i.test(label) ? "an" : "a";
}
