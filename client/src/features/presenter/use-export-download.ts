import { notifications } from "@mantine/notifications";
import { useCallback } from "react";
import { downloadExport, FORMAT_LABELS, type ExportFormat, type VersionRef } from "./export-api";

/**
 * Starts a download with a progress notification: "Preparing…" while the server builds the file (a
 * large plan's PDF takes a while), then a percentage, then the file name or what went wrong.
 */
export function useExportDownload(planId: string) {
  return useCallback(
    async (version: VersionRef, format: ExportFormat) => {
      const id = `export-${planId}-${version}-${format}-${Date.now()}`;
      const what = `${version === "approved" ? "the approved version" : `version ${version}`} as ${FORMAT_LABELS[format]}`;
      notifications.show({ id, loading: true, autoClose: false, withCloseButton: false, title: "Exporting", message: `Preparing ${what}…` });
      try {
        const filename = await downloadExport(planId, version, format, (progress) => {
          const message = progress.phase === "preparing" ? `Preparing ${what}…` : `Downloading ${what}${progress.fraction === null ? "…" : `: ${Math.round(progress.fraction * 100)}%`}`;
          notifications.update({ id, message });
        });
        notifications.update({ id, loading: false, autoClose: 4000, withCloseButton: true, color: "teal", title: "Exported", message: filename });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        notifications.update({ id, loading: false, autoClose: false, withCloseButton: true, color: "red", title: "Export failed", message });
      }
    },
    [planId],
  );
}
