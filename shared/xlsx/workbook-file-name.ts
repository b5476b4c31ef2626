import type { FilingKind, FilingMeta } from "../filing/filing";

/**
 * File name of a filing's workbook, the same whether the CLI writes a template or the API hands out
 * a stored version: `verwendungsnachweis-awo-kaltenmoor-2025.xlsx`, with `-v2` for a stored version.
 */
export const workbookFileName = (kind: FilingKind, meta: FilingMeta, version?: number): string =>
  `${kind}-${meta.traegerId}-${meta.districtId}-${meta.year}${version === undefined ? "" : `-v${version}`}.xlsx`;
