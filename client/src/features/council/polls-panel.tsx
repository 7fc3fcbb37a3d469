import { ActionIcon, Button, Group, Paper, Radio, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconPlus, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useMutation } from "urql";
import { describeError } from "../../components/graphql-errors";
import type { PlanInsightsQuery as PlanInsightsResult } from "../../gql/graphql";
import { AnswerPollMutation, CreatePollMutation } from "./insights-documents";

type Plan = PlanInsightsResult["plan"];
type Poll = Plan["polls"][number];

const MAX_OPTIONS = 6;

/** Quick polls to the field: the owner asks, members answer, everyone sees the answers by region. */
export function PollsPanel({ plan, onChanged }: { plan: Plan; onChanged(): void }) {
  return (
    <Stack gap="md" data-testid="polls">
      <Title order={2} size="h5">
        Quick polls
      </Title>
      {plan.viewerCan.createPoll && <NewPollForm planId={plan.id} onCreated={onChanged} />}
      {plan.polls.length === 0 && (
        <Text size="sm" c="dimmed">
          No polls yet.
        </Text>
      )}
      {plan.polls.map((poll) => (
        <PollCard key={poll.id} poll={poll} canAnswer={plan.viewerCan.comment} onAnswered={onChanged} />
      ))}
    </Stack>
  );
}

function NewPollForm({ planId, onCreated }: { planId: string; onCreated(): void }) {
  const [creating, create] = useMutation(CreatePollMutation);
  const [question, setQuestion] = useState("");
  const [options, setOptions] = useState(["", ""]);
  const setOption = (index: number, value: string) => setOptions(options.map((option, i) => (i === index ? value : option)));
  const submit = async () => {
    const result = await create({ input: { planId, question, options: options.filter((option) => option.trim() !== "") } });
    if (result.error) return notifications.show({ color: "red", title: "Couldn't start the poll", message: describeError(result.error) });
    setQuestion("");
    setOptions(["", ""]);
    onCreated();
  };
  return (
    <Paper withBorder p="md" component="form" aria-label="New poll" onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}>
      <Stack gap="xs">
        <TextInput label="Question" value={question} onChange={(event) => setQuestion(event.currentTarget.value)} />
        {options.map((option, index) => (
          <Group key={index} gap="xs" wrap="nowrap">
            <TextInput style={{ flex: 1 }} aria-label={`Option ${index + 1}`} placeholder={`Option ${index + 1}`} value={option} onChange={(event) => setOption(index, event.currentTarget.value)} />
            {options.length > 2 && (
              <ActionIcon variant="subtle" color="gray" aria-label={`Remove option ${index + 1}`} onClick={() => setOptions(options.filter((_, i) => i !== index))}>
                <IconX size={16} />
              </ActionIcon>
            )}
          </Group>
        ))}
        <Group justify="space-between">
          <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} disabled={options.length >= MAX_OPTIONS} onClick={() => setOptions([...options, ""])}>
            Add option
          </Button>
          <Button type="submit" loading={creating.fetching} disabled={question.trim() === ""}>
            Send poll
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function PollCard({ poll, canAnswer, onAnswered }: { poll: Poll; canAnswer: boolean; onAnswered(): void }) {
  const [answering, answer] = useMutation(AnswerPollMutation);
  const choose = async (value: string) => {
    const result = await answer({ input: { pollId: poll.id, optionIndex: Number(value) } });
    if (result.error) return notifications.show({ color: "red", title: "Couldn't save your answer", message: describeError(result.error) });
    onAnswered();
  };
  const answers = poll.totals.reduce((sum, count) => sum + count, 0);
  return (
    <Paper withBorder p="md" data-testid="poll" data-poll-id={poll.id}>
      <Stack gap="sm">
        <Text fw={500}>{poll.question}</Text>
        {canAnswer && (
          <Radio.Group
            label="Your answer"
            value={typeof poll.myAnswer === "number" ? String(poll.myAnswer) : null}
            onChange={(value) => void choose(value)}
          >
            <Stack gap={6} mt={4}>
              {poll.options.map((option, index) => (
                <Radio key={option} value={String(index)} label={option} disabled={answering.fetching} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Text size="xs" c="dimmed">
          {answers === 1 ? "1 answer" : `${answers} answers`}
        </Text>
        {answers > 0 && (
          <Table withTableBorder striped data-testid="poll-results" aria-label={`Answers to ${poll.question} by region`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Region</Table.Th>
                {poll.options.map((option) => (
                  <Table.Th key={option}>{option}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {poll.results.map((result) => (
                <Table.Tr key={result.region} data-testid="poll-region">
                  <Table.Td>{result.region}</Table.Td>
                  {result.counts.map((count, index) => (
                    <Table.Td key={index}>{count}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Td fw={500}>All regions</Table.Td>
                {poll.totals.map((count, index) => (
                  <Table.Td key={index} fw={500}>
                    {count}
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
