import { readSnapshot, type ReadWorkbookResult } from "./read-snapshot";
import { WORKBOOK_REQUEST } from "./workbook-request";
import type { WorkbookHost } from "./workbook-host";

/** Reads the filing from any host: one read of every name and table, then the pure reader. */
export const readFilingWorkbook = async (host: WorkbookHost): Promise<ReadWorkbookResult> =>
  readSnapshot(await host.read(WORKBOOK_REQUEST));
