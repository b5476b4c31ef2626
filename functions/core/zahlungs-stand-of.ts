import type { AuditEntry, FilingHead, VersionRecord } from "../../shared/api/records";
import { filingAmounts } from "../../shared/consolidate/filing-amounts";
import type { ProgramParams } from "../../shared/programme/program-params";
import { pruefvermerkOf } from "../../shared/pruefung/pruefvermerk-of";
import { zahlungsStand, type ZahlungsStand } from "../../shared/pruefung/rueckforderung-stand";
import { localDate } from "./due-status";
import type { ServiceDeps } from "./service-deps";
import { toFindings } from "../../shared/rules/rule";
import type { Finding } from "../../shared/rules/finding";
import { vnZuschussAusgezahlt } from "../../shared/rules/verwendungsnachweis/zuschuss-ausgezahlt";

/** Granted / paid / stated and the Rückforderung of a Verwendungsnachweis; undefined for a Jahresbericht. */
export const zahlungsStandOf = async (
  head: FilingHead,
  latest: VersionRecord,
  audit: readonly AuditEntry[],
  params: ProgramParams,
  deps: ServiceDeps,
): Promise<{ stand: ZahlungsStand; befunde: Finding[] } | undefined> => {
  const { content } = latest;
  if (head.kind !== "verwendungsnachweis" || content.kind !== "verwendungsnachweis") return undefined;
  const { traegerId, districtId } = head.meta;
  const eintraege = await deps.store.listZahlungen({ ...head.meta, traegerId, districtId });
  const stand = zahlungsStand({
    params,
    traegerId,
    districtId,
    amounts: filingAmounts(latest.content),
    pruefvermerk: pruefvermerkOf(audit, latest.version),
    eintraege,
    heute: localDate(deps.clock()),
  });
  // Without any Auszahlung recorded there is nothing to compare the stated Zuschuss with.
  const paid = eintraege.some((e) => e.vorgang.typ === "auszahlung");
  const befunde = paid
    ? toFindings(
        vnZuschussAusgezahlt,
        vnZuschussAusgezahlt.check(content.data, {
          params,
          meta: content.meta,
          ausgezahlt: stand.ausgezahlt,
        }),
        params,
      )
    : [];
  return { stand, befunde };
};
