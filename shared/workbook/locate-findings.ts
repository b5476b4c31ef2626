import type { Finding } from "../rules/finding";
import type { CellOf } from "./cell-locator";

/**
 * Adds the workbook cell to each finding (and to its related place, where that lies in the same
 * workbook). The one place findings meet cells: CLI, API and task pane all go through here.
 */
export const locateFindings = (findings: readonly Finding[], cellOf: CellOf | undefined): Finding[] =>
  findings.map((f) => {
    if (!cellOf) return f;
    const cell = f.location.cell ?? cellOf(f.location.path);
    const related = f.related;
    const relatedCell =
      related && related.kind === f.location.kind ? (related.cell ?? cellOf(related.path)) : undefined;
    return {
      ...f,
      location: { ...f.location, ...(cell && { cell }) },
      ...(related && { related: { ...related, ...(relatedCell && { cell: relatedCell }) } }),
    };
  });
