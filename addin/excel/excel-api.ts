/**
 * Requirement sets the task pane uses beyond the manifest's minimum (ExcelApi 1.7: worksheet change
 * events for the live check, tables and defined names). Each is checked before use; without it the
 * feature degrades and the pane says so in German instead of failing.
 */
export const MIN_EXCEL_API = "1.7";

export const OPTIONAL_FEATURES = {
  /** Worksheet.onCalculated and RequestContext.runtime.enableEvents. */
  calculatedEvents: {
    version: "1.8",
    missing:
      "Diese Excel-Version meldet keine Neuberechnungen: geprüft wird beim Tippen und vor dem Einreichen.",
  },
} as const;

export type OptionalFeature = keyof typeof OPTIONAL_FEATURES;

export const excelApiSupported = (version: string): boolean =>
  typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", version);

/** German notes on what this Excel cannot do; empty when everything is there. */
export const excelApiNotes = (
  supported: (version: string) => boolean = excelApiSupported,
): {
  usable: boolean;
  notes: string[];
} => {
  if (!supported(MIN_EXCEL_API))
    return {
      usable: false,
      notes: [
        `Diese Excel-Version unterstützt die Schnittstelle ExcelApi ${MIN_EXCEL_API} nicht, die der Förderbericht braucht (Excel 2019, Microsoft 365 oder Excel im Web). Sie können die Arbeitsmappe stattdessen im Browser hochladen und prüfen.`,
      ],
    };
  return {
    usable: true,
    notes: Object.values(OPTIONAL_FEATURES)
      .filter((f) => !supported(f.version))
      .map((f) => f.missing),
  };
};
