import { Button, Caption1, ProgressBar, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { ApiClient } from "../../../shared/api/api-client";
import type { WorkbookSurface } from "../../host/workbook-surface";
import { useAction } from "../use-action";
import { PaneSection } from "../PaneSection/PaneSection";
import { NoticeBar } from "../NoticeBar/NoticeBar";

export interface ConsolidatedPanelProps {
  api: ApiClient;
  surface: WorkbookSurface;
  programmeId: string;
  year: number;
}

/**
 * „Konsolidierte Mappe laden“: the year's overview, all rows and the evaluation as new sheets of the
 * open workbook (in Excel, written in chunks with progress), or the API's .xlsx as a download.
 */
export const ConsolidatedPanel = ({ api, surface, programmeId, year }: ConsolidatedPanelProps) => {
  const [progress, setProgress] = useState<{ share: number; label: string }>();
  const { busy, notice, run } = useAction(() => setProgress(undefined));
  const download = () => api.consolidatedWorkbook(programmeId, year);
  const load = () =>
    run(async () => {
      // Loaded on the first click, so the start chunk carries no consolidation code.
      const { apiConsolidationSource } = await import("../../../shared/api/api-consolidation-source");
      // Rows link to this web app's view of the version (a signed-in user opens it), not to the API.
      return surface.putConsolidated(
        { year, source: apiConsolidationSource(api, programmeId, year), linkBase: location.origin, download },
        (share, label) => setProgress({ share, label }),
      );
    });
  const inExcel = surface.kind === "excel";
  return (
    <PaneSection aria-labelledby="consolidated-title">
      <Subtitle2 as="h2" id="consolidated-title">
        Konsolidierte Mappe {year}
      </Subtitle2>
      <Caption1>
        Übersicht aller Vorgänge, alle Personal- und Budgetzeilen, Angebote, Wirkungen, Befunde und
        Rückfragen, dazu die Auswertung nach Wirkungstreppe.
      </Caption1>
      <div>
        <Button appearance="primary" disabled={busy} onClick={() => void load()}>
          {inExcel ? "Konsolidierte Mappe laden" : "Konsolidierte Mappe herunterladen"}
        </Button>
      </div>
      {progress && (
        <>
          <ProgressBar value={progress.share} aria-label="Schreibt die konsolidierte Mappe" />
          <Caption1 aria-live="polite">{progress.label}</Caption1>
        </>
      )}
      <NoticeBar notice={notice} />
    </PaneSection>
  );
};
