import { blankFiling } from "../../filing/forms";
import type { Filing } from "../../filing/filing";
import type { Pruefung } from "../../filing/pruefung";
import { filingToCells } from "../../layout/filing-to-cells";
import { layoutFor } from "../../layout/layouts";
import { withGrantedZuschuss } from "../../layout/with-granted-zuschuss";
import { printIdentity } from "../../layout/print-identity";
import type { ProgramParams } from "../../programme/program-params";
import { formSheetPlan } from "./form-sheet-plan";
import { withLongTableTexts } from "./long-table-texts";
import { metaSheetPlan } from "./meta-sheet-plan";
import type { NamePlan, WorkbookPlan } from "./plan-types";

export interface WorkbookPlanInput {
  /** The filing to prefill, or only kind and meta for a blank template (head from the Stammdaten). */
  filing: Filing | Pick<Filing, "kind" | "meta">;
  /** The year's program parameters (caps, row limits, texts that name them). */
  params: ProgramParams;
  /** The city's Prüfung as the workflow has it; its locked cells stay blank without it. */
  pruefung?: Pruefung;
  /**
   * A version as filed, for the file and for print, not for entry (a stored version the city did
   * not return): a sheet holding only an optional table that is empty is hidden, so it prints no
   * page of empty rows, and the text pointing to it says „keine Angaben“. A template or a version
   * to correct shows every sheet, so every table can be filled in.
   */
  asFiled?: boolean;
}

const hasEntries = (rows: readonly (readonly unknown[])[] | undefined) =>
  (rows ?? []).some((row) => row.some((v) => v !== null && v !== ""));

/**
 * The whole workbook of a filing as a plan: every form sheet of the layout, with its texts rendered
 * for the year, its named cells, tables, validation and print setup, plus the hidden metadata sheet.
 * Stated results are formulas with their computed value cached, so the file shows the right figures
 * before a recalc.
 */
export const workbookPlan = ({
  filing: given,
  params,
  pruefung,
  asFiled = false,
}: WorkbookPlanInput): WorkbookPlan => {
  // A blank template starts with the year's granted Zuschuss; a given filing is shown as it is.
  const filing = "data" in given ? given : withGrantedZuschuss(blankFiling(given.kind, given.meta), params);
  const layout = layoutFor(filing.kind);
  const cells = filingToCells(filing, params, pruefung);
  const identity = printIdentity(filing);
  const names: NamePlan[] = [];
  const emptyTables = new Set(
    asFiled
      ? layout.tables.filter((t) => t.optional && !hasEntries(cells.tables[t.name])).map((t) => t.name)
      : [],
  );
  const sheets = layout.sheets.map((spec, i) => {
    const fields = layout.fields.filter((f) => f.sheet === spec.name);
    const tables = layout.tables.filter((t) => t.sheet === spec.name);
    const sheet = formSheetPlan(
      {
        spec,
        fields,
        tables,
        values: cells.fields,
        tableRows: cells.tables,
        params,
        identity,
        order: i + 1,
        emptyTables,
      },
      names,
    );
    // A sheet with a field always shows. Excel never prints a hidden sheet; LibreOffice prints
    // one that has a print range (checked: tests/workbook/print-verwendungsnachweis.test.ts), so it gets none.
    const onlyEmpty =
      fields.length === 0 && tables.length > 0 && tables.every((t) => emptyTables.has(t.name));
    if (!onlyEmpty) return sheet;
    const { area: _area, titleRows: _titles, ...print } = sheet.print;
    return { ...sheet, hidden: true, print };
  });
  const printed = withLongTableTexts(sheets, layout, cells.tables);
  printed.push(metaSheetPlan(filing, names));
  return { sheets: printed, names };
};
