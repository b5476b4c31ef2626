import type { HostKind } from "../host/workbook-surface";

/**
 * Office.js is loaded only by taskpane.html; it resolves onReady outside Office too, with no host.
 * A page without Office.js (index.html, the web app) is a plain browser right away.
 */
export const detectHost = async (
  office: typeof Office | undefined = globalThis.Office,
): Promise<HostKind> => {
  if (!office?.onReady) return "browser";
  const info = await Promise.race([
    office.onReady(),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 5000)),
  ]);
  return info?.host === office.HostType.Excel ? "excel" : "browser";
};
