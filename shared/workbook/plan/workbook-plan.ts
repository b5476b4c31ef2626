import { blankFiling } from "../../filing/forms";
import type { Filing } from "../../filing/filing";
import type { Pruefung } from "../../filing/pruefung";
import { filingToCells } from "../../layout/filing-to-cells";
import { layoutFor } from "../../layout/layouts";
import { withGrantedZuschuss } from "../../layout/with-granted-zuschuss";
import { printIdentity } from "../../layout/print-identity";
import type { ProgramParams } from "../../programme/program-params";
import { formSheetPlan } from "./form-sheet-plan";
import { metaSheetPlan } from "./meta-sheet-plan";
import type { NamePlan, WorkbookPlan } from "./plan-types";

export interface WorkbookPlanInput {
  /** The filing to prefill, or only kind and meta for a blank template (head from the Stammdaten). */
  filing: Filing | Pick<Filing, "kind" | "meta">;
  /** The year's program parameters (caps, row limits, texts that name them). */
  params: ProgramParams;
  /** The city's Prüfung as the workflow has it; its locked cells stay blank without it. */
  pruefung?: Pruefung;
}

/**
 * The whole workbook of a filing as a plan: every form sheet of the layout, with its texts rendered
 * for the year, its named cells, tables, validation and print setup, plus the hidden metadata sheet.
 * Stated results are formulas with their computed value cached, so the file shows the right figures
 * before a recalc.
 */
export const workbookPlan = ({ filing: given, params, pruefung }: WorkbookPlanInput): WorkbookPlan => {
  // A blank template starts with the year's granted Zuschuss; a given filing is shown as it is.
  const filing = "data" in given ? given : withGrantedZuschuss(blankFiling(given.kind, given.meta), params);
  const layout = layoutFor(filing.kind);
  const cells = filingToCells(filing, params, pruefung);
  const identity = printIdentity(filing);
  const names: NamePlan[] = [];
  const sheets = layout.sheets.map((spec, i) =>
    formSheetPlan(
      {
        spec,
        fields: layout.fields.filter((f) => f.sheet === spec.name),
        tables: layout.tables.filter((t) => t.sheet === spec.name),
        values: cells.fields,
        tableRows: cells.tables,
        params,
        identity,
        order: i + 1,
      },
      names,
    ),
  );
  sheets.push(metaSheetPlan(filing, names));
  return { sheets, names };
};
