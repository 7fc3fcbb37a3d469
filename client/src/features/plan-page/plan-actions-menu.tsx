import { ActionIcon, Menu } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconArchive, IconArchiveOff, IconDots } from "@tabler/icons-react";
import { useMutation, type CombinedError } from "urql";
import { ConfirmModal } from "../../components/confirm-modal";
import { describeError } from "../../components/graphql-errors";
import { ArchivePlanMutation, UnarchivePlanMutation } from "./plan-page-documents";

/** Plan-level actions for its owner. */
export function PlanActionsMenu({ planId, isArchived, onChanged }: { planId: string; isArchived: boolean; onChanged(): void }) {
  const [isConfirming, confirm] = useDisclosure(false);
  const [, archivePlan] = useMutation(ArchivePlanMutation);
  const [, unarchivePlan] = useMutation(UnarchivePlanMutation);
  const run = async (change: (vars: { planId: string }) => Promise<{ error?: CombinedError }>, failure: string) => {
    const result = await change({ planId });
    if (result.error) notifications.show({ color: "red", title: failure, message: describeError(result.error) });
    else onChanged();
  };
  return (
    <>
      <Menu position="bottom-end" shadow="md">
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label="Plan actions">
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {isArchived ? (
            <Menu.Item leftSection={<IconArchiveOff size={16} />} onClick={() => void run(unarchivePlan, "Couldn't restore the plan")}>
              Restore plan
            </Menu.Item>
          ) : (
            <Menu.Item color="red" leftSection={<IconArchive size={16} />} onClick={confirm.open}>
              Archive plan
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <ConfirmModal
        opened={isConfirming}
        title="Archive this plan?"
        message="Archived plans leave the plan list and become read-only for everyone."
        confirmLabel="Archive plan"
        onConfirm={() => void run(archivePlan, "Couldn't archive the plan")}
        onClose={confirm.close}
      />
    </>
  );
}
