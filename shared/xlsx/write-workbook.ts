import ExcelJS from "exceljs";
import type { Filing, FilingKind, FilingMeta } from "../filing/filing";
import type { Jahresbericht } from "../filing/jahresbericht";
import type { Pruefung } from "../filing/pruefung";
import type { Verwendungsnachweis } from "../filing/verwendungsnachweis";
import { defaultProgramParams } from "../programme/params-for-year";
import type { ProgramParams } from "../programme/program-params";
import { withReviewNotes, type ReviewNote } from "../workbook/plan/review-notes";
import { workbookPlan } from "../workbook/plan/workbook-plan";
import { applyPlan } from "./apply-plan";

export type WriteWorkbookInput = (
  | { kind: Extract<FilingKind, "verwendungsnachweis">; data?: Verwendungsnachweis }
  | { kind: Extract<FilingKind, "jahresbericht">; data?: Jahresbericht }
) & {
  meta: FilingMeta;
  /** The city's Prüfung as the workflow has it; its locked cells stay blank without it. */
  pruefung?: Pruefung;
  /** Program parameters of the year (caps); default: the programme pack's for the year. */
  params?: ProgramParams;
  /** The city's comments on this version: notes at their cells (and a „Rückfragen“ sheet if returned). */
  reviewNotes?: readonly ReviewNote[];
  /** The city returned this version with Rückfragen (only then the workbook asks to resubmit). */
  returned?: boolean;
  /** A version as filed, not for entry: empty optional tables print no page (see `workbookPlan`). */
  asFiled?: boolean;
};

/**
 * The .xlsx of a filing: a blank template for a Träger, district, year and kind (head prefilled
 * from Stammdaten) when `data` is omitted, else prefilled from the filing – the shared workbook plan
 * written with exceljs.
 */
export const writeWorkbook = async (input: WriteWorkbookInput): Promise<Uint8Array> => {
  const params = input.params ?? defaultProgramParams(input.meta);
  const filing = input.data
    ? ({ kind: input.kind, meta: input.meta, data: input.data } as Filing)
    : { kind: input.kind, meta: input.meta };
  const pruefung = input.pruefung;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Förderbericht";
  workbook.created = new Date(Date.UTC(input.meta.year, 0, 1));
  // Excel recalculates on open, so formulas follow whatever the user changes.
  workbook.calcProperties = { fullCalcOnLoad: true };
  const plan = workbookPlan({
    filing,
    params,
    ...(pruefung && { pruefung }),
    ...(input.asFiled && { asFiled: true }),
  });
  await applyPlan(
    withReviewNotes(plan, input.reviewNotes ?? [], { returned: input.returned ?? false }),
    workbook,
  );
  // exceljs hands back Node's byte type in Node and an ArrayBuffer in a browser: both become bytes.
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};
