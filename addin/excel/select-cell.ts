import { splitSheetRef } from "../../shared/workbook/cell-address";

/**
 * Shows a cell: activates its sheet first, then selects it – selecting on an inactive sheet fails
 * in Excel on the web and on Mac (office-js #5118, #5769). One round trip.
 */
export const selectCell = (ref: string) =>
  Excel.run(async (context) => {
    const split = splitSheetRef(ref);
    if (!split) throw new Error(`Keine Zelladresse mit Blatt: ${ref}`);
    const sheet = context.workbook.worksheets.getItem(split.sheet);
    sheet.activate();
    sheet.getRange(split.address).select();
    await context.sync();
  });
