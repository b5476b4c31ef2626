import { LAYOUTS } from "../layout/layouts";
import { META_FIELDS } from "../layout/meta-layout";
import type { WorkbookRequest } from "./workbook-host";

/**
 * Every name and table any form reads: the reader asks once for all of them, before it knows the
 * kind, so a host needs one read per workbook. The city's Prüfung cells are never read.
 */
export const WORKBOOK_REQUEST: WorkbookRequest = {
  names: [
    ...META_FIELDS.map((m) => m.name),
    ...Object.values(LAYOUTS).flatMap((layout) =>
      layout.fields.filter((f) => !f.pruefung).map((f) => f.name),
    ),
  ],
  tables: Object.values(LAYOUTS).flatMap((layout) => layout.tables.map((t) => t.name)),
};
