import { Paper, Stack, Text, Title } from "@mantine/core";
import type * as Y from "yjs";
import { useSections } from "../../collab/use-sections";
import classes from "./plan-page.module.css";

/** A live table of contents: jumps to a section and follows renames and moves by others. */
export function PlanOutline({ doc }: { doc: Y.Doc }) {
  const sections = useSections(doc);
  if (sections.length === 0) return null;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h5" mb="xs">
        Outline
      </Title>
      <Stack gap={0} component="nav" aria-label="Plan outline">
        {sections.map((section, i) => (
          <a key={section.id} href={`#section-${section.id}`} className={classes.outlineLink}>
            <Text span size="xs" c="dimmed" mr={6}>
              {i + 1}.
            </Text>
            {section.title || "Untitled section"}
          </a>
        ))}
      </Stack>
    </Paper>
  );
}
