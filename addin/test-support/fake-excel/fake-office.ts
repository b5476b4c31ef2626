import type { FakeExcel } from "./fake-excel";
import { createFakeDialog, type FakeDialogOptions } from "./fake-office-dialog";

export interface FakeOfficeOptions extends FakeDialogOptions {
  /** Highest ExcelApi requirement set this "Excel" supports, e.g. "1.7" for an old Excel 2016. */
  excelApi?: string;
}

const newer = (a: string, b: string) => {
  const [am = 0, an = 0] = a.split(".").map(Number);
  const [bm = 0, bn = 0] = b.split(".").map(Number);
  return am !== bm ? am > bm : an >= bn;
};

/** The `Office` global as the task pane uses it: onReady in Excel, requirement sets, dialog, SSO. */
export const createFakeOffice = ({ excelApi = "1.17", ...dialogOptions }: FakeOfficeOptions = {}) => {
  const info = { host: "Excel", platform: "OfficeOnline" };
  const dialog = createFakeDialog(dialogOptions);
  return {
    HostType: { Excel: "Excel" },
    AsyncResultStatus: dialog.AsyncResultStatus,
    EventType: dialog.EventType,
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: "de-DE",
      requirements: {
        isSetSupported: (name: string, version = "1.1") => name === "ExcelApi" && newer(excelApi, version),
      },
      ui: dialog.ui,
    },
    auth: { getAccessToken: dialog.getAccessToken },
  };
};

/** Puts `Excel` and `Office` where the adapter finds them (globalThis in tests, window in the browser). */
export const installFakeOffice = (
  target: Record<string, unknown>,
  excel: FakeExcel,
  options?: FakeOfficeOptions,
) => {
  target.Excel = excel.Excel;
  // Office answers isSetSupported for the same version the fake Excel refuses members above.
  target.Office = createFakeOffice({ excelApi: excel.state.excelApi, ...options });
};
