import type { OverviewItem } from "../consolidate/consolidation-items";
import type { FilingMeta } from "../filing/filing";
import type { ProgramParams } from "../programme/program-params";
import type { FilingSummary, MissingFiling } from "./api-schemas";

/**
 * The overview row of the consolidated workbook, written once: the API's build (from the store) and
 * the task pane's (from GET /filings) both map a list entry through here, so their rows cannot differ.
 */

/** Granted by contract for the filing's Träger and district, in cents; null when not configured. */
export const grantedZuschuss = (
  params: Pick<ProgramParams, "zuschuesse"> | undefined,
  meta: Pick<FilingMeta, "traegerId" | "districtId">,
): number | null =>
  params?.zuschuesse.find((z) => z.traegerId === meta.traegerId && z.districtId === meta.districtId)
    ?.betrag ?? null;

/** A stored filing as listed (GET /filings `items`). */
export const storedOverviewItem = (
  s: FilingSummary,
  params: Pick<ProgramParams, "zuschuesse"> | undefined,
): OverviewItem => ({
  filingId: s.filingId,
  kind: s.kind,
  meta: s.meta,
  status: s.status,
  version: s.latestVersion,
  dueDate: s.dueDate,
  overdue: s.overdue,
  findingCounts: s.findingCounts,
  amounts: s.amounts ?? null,
  zuschussBewilligt: grantedZuschuss(params, s.meta),
});

/** An expected filing not yet submitted (GET /filings `missing`). */
export const missingOverviewItem = (
  m: MissingFiling,
  params: Pick<ProgramParams, "zuschuesse"> | undefined,
): OverviewItem => ({
  filingId: m.filingId,
  kind: m.kind,
  meta: m.meta,
  status: null,
  version: null,
  dueDate: m.dueDate,
  overdue: m.overdue,
  findingCounts: null,
  amounts: null,
  zuschussBewilligt: grantedZuschuss(params, m.meta),
});
