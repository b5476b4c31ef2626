import type { AuditEntry } from "../../shared/api/records";
import type { ReviewNote } from "../../shared/workbook/plan/review-notes";

/**
 * The comments the city wrote on one version (every review of it, oldest first), for its workbook.
 * A Stichprobe request is no Rückfrage: it is answered by uploads, not by a new version.
 */
export const reviewNotesOf = (audit: readonly AuditEntry[], version: number): ReviewNote[] =>
  audit
    .filter(
      (entry) => entry.version === version && entry.action !== "einreichen" && entry.action !== "stichprobe",
    )
    .flatMap((entry) =>
      entry.comments.map((c) => ({
        ...(c.path && { path: c.path }),
        ...(c.cell && { cell: c.cell }),
        ...(c.label && { label: c.label }),
        text: c.text,
        by: entry.by.name,
        at: entry.at,
      })),
    );
