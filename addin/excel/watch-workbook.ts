import { OPTIONAL_FEATURES, excelApiSupported } from "./excel-api";

/**
 * Calls `onChange` when a user edits any sheet, and when Excel recalculates where that event exists
 * (ExcelApi 1.8). Sheets added later (a template) are taken up by calling `watch` again; a sheet is
 * never registered twice. Two round trips: list the sheets, register the handlers.
 */
export const workbookWatcher = (onChange: () => void, supported = excelApiSupported) => {
  const watched = new Set<string>();
  const handler = async () => onChange();
  return {
    watch: () =>
      Excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        const calculated = supported(OPTIONAL_FEATURES.calculatedEvents.version);
        for (const sheet of sheets.items) {
          if (watched.has(sheet.name)) continue;
          watched.add(sheet.name);
          sheet.onChanged.add(handler);
          if (calculated) sheet.onCalculated.add(handler);
        }
        await context.sync();
      }),
  };
};
