import { Button, Group, NumberInput, Paper, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useMutation } from "urql";
import { CreateCampaignMutation } from "./alignment-documents";
import { succeeded } from "./run-mutation";

const EMPTY = { name: "", region: "", channel: "", launchDate: "", endDate: "", productFocus: "", prepDays: 14 };

/** Adds a campaign; the server answers with its warnings, which the calendar then shows. */
export function NewCampaignForm({ planId, onCreated }: { planId: string; onCreated(): void }) {
  const [fields, setFields] = useState(EMPTY);
  const [{ fetching }, create] = useMutation(CreateCampaignMutation);
  const text = (name: keyof typeof EMPTY, label: string, props: Record<string, unknown> = {}) => (
    <TextInput label={label} value={String(fields[name])} onChange={(e) => setFields({ ...fields, [name]: e.currentTarget.value })} {...props} />
  );
  const submit = async () => {
    const { endDate, productFocus, ...required } = fields;
    const input = { planId, ...required, endDate: endDate || null, productFocus: productFocus || null };
    if (await succeeded(create({ input }), "Couldn't add the campaign")) {
      setFields(EMPTY);
      onCreated();
    }
  };
  return (
    <Paper withBorder p="md" data-testid="new-campaign">
      <Title order={2} size="h5" mb="xs">
        Add a campaign
      </Title>
      <Group align="end" wrap="wrap" gap="sm">
        {text("name", "Campaign name", { w: 220 })}
        {text("region", "Region", { w: 120 })}
        {text("channel", "Channel", { w: 140 })}
        {text("productFocus", "Product focus", { w: 140 })}
        {text("launchDate", "Launch date", { type: "date", w: 160 })}
        {text("endDate", "End date", { type: "date", w: 160 })}
        <NumberInput label="Prep days" min={0} max={180} w={100} value={fields.prepDays} onChange={(value) => setFields({ ...fields, prepDays: Number(value) || 0 })} />
        <Button loading={fetching} onClick={() => void submit()}>
          Add campaign
        </Button>
      </Group>
    </Paper>
  );
}
