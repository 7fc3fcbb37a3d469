import { Paper, Radio, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation } from "urql";
import { describeError } from "../../components/graphql-errors";
import type { PlanCreation } from "../../gql/graphql";
import { useRefreshCurrentUser } from "../../session/current-user";
import { SetPlanCreationMutation } from "./people-documents";

const CHOICES: { value: PlanCreation; label: string; description: string }[] = [
  { value: "EVERYONE", label: "Everyone", description: "Anyone in the organisation can start a plan." },
  { value: "ADMINS", label: "Admins only", description: "Only organisation admins start plans." },
  { value: "NAMED", label: "Admins and people you name", description: "Switch on “Starts plans” for each person in the list of people." },
];

/** Admins: who may start plans in the organisation. */
export function PlanCreationSetting({ value }: { value: PlanCreation }) {
  const [{ fetching }, save] = useMutation(SetPlanCreationMutation);
  const refresh = useRefreshCurrentUser();
  const change = async (next: string) => {
    const result = await save({ planCreation: next as PlanCreation });
    if (result.error) notifications.show({ color: "red", title: "Couldn't change the setting", message: describeError(result.error) });
    else refresh();
  };
  return (
    <Paper withBorder p="lg">
      <Radio.Group label="Who can start plans" value={value} onChange={(next) => void change(next)} readOnly={fetching}>
        <Stack gap="xs" mt="xs">
          {CHOICES.map((choice) => (
            <Radio key={choice.value} value={choice.value} label={choice.label} description={choice.description} disabled={fetching} />
          ))}
        </Stack>
      </Radio.Group>
      <Text size="xs" c="dimmed" mt="sm">
        Plan owners invite everyone else into their plans.
      </Text>
    </Paper>
  );
}
