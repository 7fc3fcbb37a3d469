import { Alert, Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useNavigate } from "react-router";
import { useMutation } from "urql";
import { describeError } from "../../components/graphql-errors";
import { planTitleProblem } from "../../components/plan-title";
import { CreatePlanMutation } from "./plan-documents";

interface NewPlanModalProps {
  opened: boolean;
  onClose(): void;
}

export function NewPlanModal({ opened, onClose }: NewPlanModalProps) {
  const [title, setTitle] = useState("");
  const [{ fetching, error }, createPlan] = useMutation(CreatePlanMutation);
  const navigate = useNavigate();
  const problem = planTitleProblem(title);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    const result = await createPlan({ input: { title: title.trim() } });
    const id = result.data?.createPlan.id;
    if (id) {
      setTitle("");
      onClose();
      await navigate(`/plans/${id}`);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="New plan" centered>
      <form onSubmit={submit}>
        <Stack>
          {error && <Alert color="red">{describeError(error)}</Alert>}
          <TextInput
            label="Plan title"
            description="It starts from the standard template: summary, positioning, tactics, lead scoring and more."
            placeholder="FY27 Growth Plan: Enterprise"
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            data-autofocus
            required
            error={problem}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={fetching} disabled={!title.trim() || problem !== null}>
              Create plan
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
