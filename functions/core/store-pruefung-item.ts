import type { AuditEntry, VersionRecord } from "../../shared/api/records";
import type { PruefungItem } from "../../shared/consolidate/consolidation-items";
import { filingAmounts } from "../../shared/consolidate/filing-amounts";
import type { ProgramParams } from "../../shared/programme/program-params";
import { pruefvermerkOf } from "../../shared/pruefung/pruefvermerk-of";
import { zahlungsStand } from "../../shared/pruefung/rueckforderung-stand";
import type { ZahlungEintrag } from "../../shared/pruefung/zahlung";
import { localDate } from "./due-status";

/**
 * Payments and Prüfvermerk of one Verwendungsnachweis for the sheet „Rückforderungen“: the same
 * zahlungsStand the filing detail shows (which the task pane's build reads from the API).
 */
export const storePruefungItem = (
  version: VersionRecord,
  audit: readonly AuditEntry[],
  yearLedger: readonly ZahlungEintrag[],
  params: ProgramParams,
  now: Date,
): PruefungItem => {
  const { traegerId, districtId } = version.content.meta;
  const pruefvermerk = pruefvermerkOf(audit, version.version);
  const stand = zahlungsStand({
    params,
    traegerId,
    districtId,
    amounts: filingAmounts(version.content),
    pruefvermerk,
    eintraege: yearLedger.filter((e) => e.traegerId === traegerId && e.districtId === districtId),
    heute: localDate(now),
  });
  return { finanzierungsart: params.finanzierungsart, stand, pruefvermerk };
};
