import type { SheetPlan } from "../../shared/workbook/plan/plan-types";
import { headerFooterParts } from "./office-header-footer";

/** Page layout, print titles, header/footer and page breaks arrived with ExcelApi 1.9. */
export const PRINT_API = "1.9";

/**
 * Queues the sheet's print setup as the plan has it: A4, portrait or landscape, fit to one page
 * wide, repeated title rows, header and footer, page breaks. An older Excel prints with its
 * defaults; the workbook is complete without it.
 */
export const writePrintSetup = (ws: Excel.Worksheet, sheet: SheetPlan, supported: (v: string) => boolean) => {
  if (!supported(PRINT_API) || sheet.hidden) return;
  const layout = ws.pageLayout;
  layout.orientation = sheet.print.landscape ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (sheet.print.titleRows) layout.setPrintTitleRows(`$${sheet.print.titleRows.replace(":", ":$")}`);
  const header = headerFooterParts(sheet.print.header);
  const footer = headerFooterParts(sheet.print.footer);
  const all = layout.headersFooters.defaultForAllPages;
  all.leftHeader = header.left;
  all.centerHeader = header.center;
  all.rightHeader = header.right;
  all.leftFooter = footer.left;
  all.centerFooter = footer.center;
  all.rightFooter = footer.right;
  for (const row of sheet.print.breaksAfter) ws.horizontalPageBreaks.add(`A${row + 1}`);
};
