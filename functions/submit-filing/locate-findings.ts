import type { FieldPath } from "../../shared/filing/labels";
import type { Finding } from "../../shared/rules/finding";

/** Adds the workbook cell to each finding (and its related place) where the workbook has one. */
export const locateFindings = (
  findings: readonly Finding[],
  cellOf: ((path: FieldPath) => string | undefined) | undefined,
): Finding[] =>
  findings.map((f) => {
    if (!cellOf) return f;
    const cell = f.location.cell ?? cellOf(f.location.path);
    const relatedCell = f.related && f.related.kind === f.location.kind ? cellOf(f.related.path) : undefined;
    return {
      ...f,
      location: { ...f.location, ...(cell && { cell }) },
      ...(f.related && { related: { ...f.related, ...(relatedCell && { cell: relatedCell }) } }),
    };
  });
