import type { JahresberichtFiling } from "../filing/filing";
import type { SheetPlan } from "../workbook/plan/plan-types";
import { jahresberichtBlocks, reportTitle } from "./jahresbericht-blocks";
import { layoutReport } from "./report-blocks";

export { ANLAGE1_HEADINGS, reportTitle } from "./jahresbericht-blocks";

/**
 * The publishable Jahresbericht as a printable sheet of the same blocks the PDF renderer lays out,
 * for printing with LibreOffice as a comparison. No product code calls it any more and no test
 * does yet: remove it with layoutReport if no LibreOffice comparison test is added.
 */
export const jahresberichtReportPlan = (filing: JahresberichtFiling): SheetPlan =>
  layoutReport("Jahresbericht", jahresberichtBlocks(filing), {
    header: `&R&8Veröffentlichung nach Anlage 1 (Social Reporting Standard)`,
    footer: `&L&8${reportTitle(filing).replace(/&/g, "&&")}&R&8Seite &P von &N`,
  });
