import { FILING_KINDS, filingKey, type FilingKind, type FilingMeta } from "../../shared/filing/filing";
import type { ProgramParams } from "../../shared/programme/program-params";
import { isRunByCity } from "../../shared/programme/stammdaten";
import { formOf } from "../../shared/filing/forms";

export interface ExpectedFiling {
  filingId: string;
  kind: FilingKind;
  meta: FilingMeta;
}

/**
 * Every filing the year's Zuordnungen expect: each district's Träger files both forms – but no
 * Verwendungsnachweis where the city runs the district itself (no grant flows). `own`: only what a
 * Träger files or, as Tandem partner, co-edits (the Jahresbericht).
 */
export const expectedFilings = (params: ProgramParams, own?: string): ExpectedFiling[] =>
  params.zuordnungen
    .filter((z) => own === undefined || z.traegerId === own || z.tandem === own)
    .flatMap((z) =>
      FILING_KINDS.filter(
        (kind) =>
          (formOf(kind).dueWhereCityRuns || !isRunByCity(params.programmeId, z.districtId)) &&
          (own === undefined || z.traegerId === own || formOf(kind).readableByTandem),
      ).map((kind) => {
        const meta = {
          programmeId: params.programmeId,
          traegerId: z.traegerId,
          districtId: z.districtId,
          year: params.year,
        };
        return { filingId: filingKey(kind, meta), kind, meta };
      }),
    );
