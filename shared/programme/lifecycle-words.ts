import {
  REVIEW_ACTIONS,
  STATUS_LABELS,
  type FilingStatus,
  type LifecycleWords,
  type ReviewAction,
} from "../domain/lifecycle";
import { weiterleitungWords } from "./weiterleitung";

/** Statuses and review actions in a programme's words: the last step names its office („51.12“). */
export const lifecycleWords = (programmeId: string | undefined): LifecycleWords => {
  const w = weiterleitungWords(programmeId);
  return {
    status: (status) => (status === "weitergeleitet" ? w.status : STATUS_LABELS[status]),
    action: (action) => (action === "weiterleiten" ? w.action : REVIEW_ACTIONS[action].label),
  };
};

/** „an 51.12 weitergeleitet“ in Lüneburg, „zum Vorgang weitergeleitet“ where no programme is known. */
export const statusLabel = (programmeId: string | undefined, status: FilingStatus | "entwurf"): string =>
  lifecycleWords(programmeId).status(status);

/** A review action as recorded, in the programme's words. */
export const actionLabel = (programmeId: string | undefined, action: ReviewAction): string =>
  lifecycleWords(programmeId).action(action);
