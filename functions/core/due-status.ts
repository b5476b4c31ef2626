import type { FilingStatus } from "../../shared/domain/lifecycle";
import type { FilingKind } from "../../shared/filing/filing";
import { formOf } from "../../shared/filing/forms";
import type { ProgramParams } from "../../shared/programme/program-params";

export const dueDateFor = (kind: FilingKind, params: ProgramParams): string => params[formOf(kind).dueParam];

// Built once: an Intl formatter is costly to create, and lists call isOverdue once per filing.
const berlinDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" });

/** The calendar day in Lüneburg (Europe/Berlin) at `now`, as YYYY-MM-DD. */
export const localDate = (now: Date): string => berlinDay.format(now);

/**
 * Overdue = the filing is with the Träger – never submitted (status null) or zurückgegeben – and
 * the due day has ended in Lüneburg. A filing the city holds (eingereicht or later) is never
 * overdue: the Träger did its part, even if the city has not reviewed it yet.
 */
export const isOverdue = (status: FilingStatus | null, dueDate: string, now: Date): boolean =>
  (status === null || status === "zurueckgegeben") && localDate(now) > dueDate;
