import type { ProgramParams } from "../../shared/programme/program-params";
import type { FilingHead } from "../../shared/api/records";
import type { FilingSummary } from "../../shared/api/api-schemas";
import { dueDateFor, isOverdue } from "./due-status";

export const toSummary = (head: FilingHead, params: ProgramParams, now: Date): FilingSummary => {
  const dueDate = dueDateFor(head.kind, params);
  return {
    filingId: head.filingId,
    kind: head.kind,
    meta: head.meta,
    status: head.status,
    latestVersion: head.latestVersion,
    submittedAt: head.submittedAt,
    updatedAt: head.updatedAt,
    dueDate,
    overdue: isOverdue(head.status, dueDate, now),
    findingCounts: head.findingCounts,
    ...(head.amounts && { amounts: head.amounts }),
  };
};
