import type { ProgramParams } from "../../shared/programme/program-params";
import type { FilingHead } from "../../shared/api/records";
import type { FilingSummary, MissingFiling } from "../../shared/api/api-schemas";
import { dueDateFor, isOverdue } from "./due-status";
import type { ExpectedFiling } from "./expected-filings";

/** A stored head as GET /filings lists it; the consolidated overview maps this same summary. */
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

/** An expected filing with no head yet, with its due date: GET /filings `missing`. */
export const toMissing = (m: ExpectedFiling, params: ProgramParams, now: Date): MissingFiling => {
  const dueDate = dueDateFor(m.kind, params);
  return { ...m, dueDate, overdue: isOverdue(null, dueDate, now) };
};
