import { Button, Caption1, ProgressBar, Subtitle2 } from "@fluentui/react-components";
import { useId } from "react";
import type { ApiClient } from "../../../shared/api/api-client";
import { formatMegabytes, useArchiveDownload, type ArchiveTarget } from "./useArchiveDownload";
import { PaneSection } from "../PaneSection/PaneSection";
import { NoticeBar } from "../NoticeBar/NoticeBar";

export interface ArchiveDownloadProps {
  api: ApiClient;
  target: ArchiveTarget;
}

/**
 * „Archiv herunterladen (.zip)“ for the Koordinierungsstelle: every version's original, content,
 * findings, audit trail, receipts and uploads with a manifest of SHA-256 sums (docs/records.md).
 */
export const ArchiveDownload = ({ api, target }: ArchiveDownloadProps) => {
  const titleId = useId();
  const { busy, notice, received, download } = useArchiveDownload(api, target);
  return (
    <PaneSection aria-labelledby={titleId}>
      <Subtitle2 as="h2" id={titleId}>
        {target.kind === "year" ? `Archiv ${target.year}` : "Archiv des Vorgangs"}
      </Subtitle2>
      <Caption1>
        {target.kind === "year" ? "Alle Vorgänge des Förderjahres" : "Alle Versionen dieses Vorgangs"} mit
        Original, Inhalt, Befunden, Verlauf, Eingangsbestätigungen, Anlagen und einem Manifest mit SHA-256
        jeder Datei – lesbar ohne dieses Programm.
      </Caption1>
      <div>
        <Button disabled={busy} onClick={() => void download()}>
          Archiv herunterladen (.zip)
        </Button>
      </div>
      {received !== undefined && (
        <>
          <ProgressBar aria-label="Lädt das Archiv" />
          <Caption1 aria-live="polite">{formatMegabytes(received)} empfangen …</Caption1>
        </>
      )}
      <NoticeBar notice={notice} />
    </PaneSection>
  );
};
