import type { FakeExcel } from "./fake-excel";

export interface FakeOfficeOptions {
  /** Highest ExcelApi requirement set this "Excel" supports, e.g. "1.7" for an old Excel 2016. */
  excelApi?: string;
  /** Office.auth.getAccessToken fails with this code (13007: SSO not set up) when given. */
  ssoError?: number;
}

const newer = (a: string, b: string) => {
  const [am = 0, an = 0] = a.split(".").map(Number);
  const [bm = 0, bn = 0] = b.split(".").map(Number);
  return am !== bm ? am > bm : an >= bn;
};

/** The `Office` global as the task pane uses it: onReady in Excel, requirement sets, SSO. */
export const createFakeOffice = ({ excelApi = "1.17", ssoError = 13007 }: FakeOfficeOptions = {}) => {
  const info = { host: "Excel", platform: "OfficeOnline" };
  return {
    HostType: { Excel: "Excel" },
    onReady: (callback?: (i: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: "de-DE",
      requirements: {
        isSetSupported: (name: string, version = "1.1") => name === "ExcelApi" && newer(excelApi, version),
      },
    },
    auth: {
      getAccessToken: () => Promise.reject({ code: ssoError, message: "SSO ist hier nicht eingerichtet." }),
    },
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
