import { Alert, Badge, Code, Paper, Stack, Text, Title } from "@mantine/core";
import { isSectionKind, SectionKind, type PlanJson } from "@planbridge/plan-schema";
import { generateHTML, type JSONContent } from "@tiptap/core";
import { useMemo } from "react";
import { useParams } from "react-router";
import { useQuery } from "urql";
import { FullPageLoader } from "../../components/full-page-loader";
import { describeError } from "../../components/graphql-errors";
import { RelativeTime } from "../../components/relative-time";
import { contentExtensions } from "../../editor/editor-extensions";
import editorClasses from "../../editor/section-editor.module.css";
import { SECTION_KIND_LABELS } from "../../components/section-kinds";
import { PlanVersionQuery } from "./versions-documents";
import { BackToPlan } from "../../components/back-to-plan";

/** A version read-only: the same section rendering as the plan page, from the stored JSON, no editors. */
export function VersionPage() {
  const { planId = "", versionId = "" } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: PlanVersionQuery, variables: { id: versionId } });
  const version = data?.planVersion;
  if (!version && fetching) return <FullPageLoader />;
  if (!version) return <Alert color="red">{describeError(error) ?? "This version is not available."}</Alert>;
  const plan = version.content as PlanJson;
  return (
    <Stack gap="md" data-testid="version-view">
      <BackToPlan planId={planId} />
      <Title order={1} size="h2">
        Version {version.number}
        {version.name ? ` · ${version.name}` : ""}
      </Title>
      <Text size="sm" c="dimmed">
        Cut by {version.createdBy.name} <RelativeTime iso={version.createdAt} /> · SHA-256 <Code>{version.hash}</Code>
      </Text>
      {plan.sections.map((section) => (
        <Paper key={section.id} withBorder p="lg" component="section" aria-label={section.title} data-version-section={section.id}>
          <Stack gap="xs">
            <Badge variant="dot" color={section.kind === SectionKind.TACTIC ? "grape" : "indigo"} size="sm">
              {SECTION_KIND_LABELS[isSectionKind(section.kind) ? section.kind : SectionKind.CUSTOM]}
            </Badge>
            <Title order={2} size="h3">
              {section.title}
            </Title>
            <SectionContent content={section.content as JSONContent} />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** ProseMirror's serializer builds the HTML from the schema, so stored text is escaped, never executed. */
function SectionContent({ content }: { content: JSONContent }) {
  const html = useMemo(() => generateHTML(content, contentExtensions()), [content]);
  return <div className={editorClasses.prose} dangerouslySetInnerHTML={{ __html: html }} />;
}
