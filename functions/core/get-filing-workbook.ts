import { workbookFileName } from "../../shared/xlsx/workbook-file-name";
import { getParams } from "./get-params";
import { loadVersion } from "./get-version";
import { loadVisible } from "./load-visible-head";
import type { Principal } from "./principal";
import { pruefungFromAudit } from "./pruefung-from-audit";
import { reviewNotesOf } from "./review-notes-of";
import type { ServiceDeps } from "./service-deps";

export interface FilingWorkbook {
  version: number;
  /** `<kind>-<traeger>-<district>-<year>-v<n>.xlsx` */
  filename: string;
  body: Uint8Array;
}

/**
 * A stored version (the latest when `version` is undefined) as the workbook a Träger fills, prefilled
 * with its content; a Verwendungsnachweis also carries the city's Prüfung as far as it got for it,
 * and the city's comments on that version are notes at their cells plus a „Rückfragen“ sheet.
 */
export const getFilingWorkbook = async (
  principal: Principal,
  filingId: string,
  version: number | undefined,
  deps: ServiceDeps,
): Promise<FilingWorkbook> => {
  // A Tandem partner's visibility check already loaded the year's parameters.
  const { head, params: loaded } = await loadVisible(principal, filingId, deps);
  const [record, params] = await Promise.all([
    loadVersion(head, version ?? head.latestVersion, deps),
    loaded ?? getParams(head.meta, deps),
  ]);
  const filing = record.content;
  // Loaded on first use, like the handler's other heavy parts: module start-up is a cold start.
  const { writeWorkbook } = await import("../../shared/xlsx/write-workbook");
  const audit = await deps.store.listAudit(filingId);
  const returned = audit.some((e) => e.version === record.version && e.action === "zurueckgeben");
  // Only a form with Prüfung cells shows the audit trail; the layout leaves it out otherwise.
  const body = await writeWorkbook({
    ...filing,
    params,
    pruefung: pruefungFromAudit(audit, record.version),
    reviewNotes: reviewNotesOf(audit, record.version),
    returned,
    // A returned version is corrected in this workbook: every table stays there to be filled in.
    asFiled: !returned,
  });
  return {
    version: record.version,
    filename: workbookFileName(filing.kind, filing.meta, record.version),
    body,
  };
};
