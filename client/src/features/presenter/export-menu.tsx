import { Button, Menu } from "@mantine/core";
import { IconDownload, IconPresentation } from "@tabler/icons-react";
import { Link } from "react-router";
import { FORMAT_LABELS, type ExportFormat, type VersionRef } from "./export-api";
import { useExportDownload } from "./use-export-download";

const FORMATS: ExportFormat[] = ["pptx", "pdf", "md"];

interface ExportMenuItemsProps {
  planId: string;
  version: VersionRef;
  /** Downloads of drafts are for owners and editors; presenting is for every member. */
  canDownload: boolean;
}

/** "Present" and one download per format, for one version: in the plan header and in each version's menu. */
export function ExportMenuItems({ planId, version, canDownload }: ExportMenuItemsProps) {
  const download = useExportDownload(planId);
  return (
    <>
      <Menu.Item component={Link} to={`/plans/${planId}/present/${version}`} leftSection={<IconPresentation size={14} />}>
        Present
      </Menu.Item>
      {canDownload &&
        FORMATS.map((format) => (
          <Menu.Item key={format} leftSection={<IconDownload size={14} />} onClick={() => void download(version, format)}>
            Download {FORMAT_LABELS[format]}
          </Menu.Item>
        ))}
    </>
  );
}

/** The plan page's export button: the approved version, which every member may download and present. */
export function ApprovedExportMenu({ planId, canDownload }: { planId: string; canDownload: boolean }) {
  return (
    <Menu position="bottom-end" shadow="md">
      <Menu.Target>
        <Button variant="light" size="xs" leftSection={<IconPresentation size={14} />}>
          Present / export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Approved version</Menu.Label>
        <ExportMenuItems planId={planId} version="approved" canDownload={canDownload} />
      </Menu.Dropdown>
    </Menu>
  );
}
