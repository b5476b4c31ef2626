import { useState } from "react";
import type { ApiClient } from "../../../shared/api/api-client";
import { useAction } from "../use-action";
import { saveDownload } from "../VersionRecords/save-download";

/** What is archived: a whole Förderjahr of the programme, or one filing with all its versions. */
export type ArchiveTarget =
  { kind: "year"; programmeId: string; year: number } | { kind: "filing"; filingId: string };

/** „12,3 MB“, as the pane shows bytes received (a streamed zip has no length to share against). */
export const formatMegabytes = (bytes: number) =>
  `${(bytes / 1_000_000).toLocaleString("de-DE", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;

/**
 * Downloads the archive (.zip) of a year or a filing through the API client – streamed from the
 * archive's function URL when the pane's config names one – with the bytes received so far, and the
 * file offered to the browser at the end. Errors (403, 404, 413, no connection) come as a notice.
 */
export const useArchiveDownload = (api: ApiClient, target: ArchiveTarget) => {
  const [received, setReceived] = useState<number>();
  const { busy, notice, run } = useAction();
  const download = () =>
    run(async () => {
      setReceived(0);
      try {
        const file =
          target.kind === "year"
            ? await api.yearArchive(target.programmeId, target.year, setReceived)
            : await api.filingArchive(target.filingId, setReceived);
        saveDownload(file.bytes, file.fileName, "application/zip");
        return `Archiv „${file.fileName}“ heruntergeladen (${formatMegabytes(file.bytes.byteLength)}). Prüfen ohne dieses Programm: sha256sum -c SHA256SUMS im entpackten Ordner.`;
      } finally {
        setReceived(undefined);
      }
    });
  return { busy, notice, received, download };
};
