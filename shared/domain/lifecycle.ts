import * as z from "zod";
import { FILING_KIND_LABELS, type FilingKind } from "./filing-kinds";

/**
 * Lifecycle of a filing (DOMAIN.md). `entwurf` lives in the workbook only; the store knows a filing
 * from its first submission on. Every submission is a new version; every change an audit entry.
 */
export const FILING_STATUSES = [
  "eingereicht",
  "zurueckgegeben",
  "rechnerisch_geprueft",
  "sachlich_geprueft",
  "zur_kenntnis_genommen",
  "weitergeleitet",
] as const;
export const filingStatusSchema = z.enum(FILING_STATUSES);
export type FilingStatus = z.infer<typeof filingStatusSchema>;

/**
 * The statuses' neutral names. The last one names the office the filing goes to in a programme
 * („an 51.12 weitergeleitet“): `lifecycleWords(programmeId)` in shared/programme words it so.
 */
export const STATUS_LABELS: Record<FilingStatus | "entwurf", string> = {
  entwurf: "Entwurf",
  eingereicht: "eingereicht",
  zurueckgegeben: "zurückgegeben",
  rechnerisch_geprueft: "rechnerisch geprüft",
  sachlich_geprueft: "sachlich geprüft",
  zur_kenntnis_genommen: "zur Kenntnis genommen",
  weitergeleitet: "zum Vorgang weitergeleitet",
};

export const ROLES = ["traeger", "koordinierung", "leitung"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Review actions after submission: who may take them, from which status, to which status. */
export const REVIEW_ACTIONS = {
  zurueckgeben: { from: ["eingereicht"], to: "zurueckgegeben", role: "koordinierung", label: "zurückgeben" },
  pruefen: {
    from: ["eingereicht"],
    to: "rechnerisch_geprueft",
    role: "koordinierung",
    label: "rechnerische Richtigkeit geprüft",
  },
  sachlich_pruefen: {
    from: ["eingereicht"],
    to: "sachlich_geprueft",
    role: "koordinierung",
    label: "sachlich geprüft",
  },
  kenntnis: {
    from: ["rechnerisch_geprueft", "sachlich_geprueft"],
    to: "zur_kenntnis_genommen",
    role: "leitung",
    label: "zur Kenntnis genommen",
  },
  weiterleiten: {
    from: ["zur_kenntnis_genommen"],
    to: "weitergeleitet",
    role: "koordinierung",
    label: "zum Vorgang weitergeleitet",
  },
} as const satisfies Record<
  string,
  { from: readonly FilingStatus[]; to: FilingStatus; role: Role; label: string }
>;

export type ReviewAction = keyof typeof REVIEW_ACTIONS;
export const reviewActionSchema = z.enum(Object.keys(REVIEW_ACTIONS) as [ReviewAction, ...ReviewAction[]]);

/** How messages name statuses and actions: neutral here, in a programme's words from its pack. */
export interface LifecycleWords {
  status: (status: FilingStatus | "entwurf") => string;
  action: (action: ReviewAction) => string;
}
export const NEUTRAL_LIFECYCLE_WORDS: LifecycleWords = {
  status: (status) => STATUS_LABELS[status],
  action: (action) => REVIEW_ACTIONS[action].label,
};

/**
 * The lifecycle per form: a Verwendungsnachweis is checked for its arithmetic (with a Prüfvermerk);
 * a Jahresbericht holds no money to check, so it is „sachlich geprüft“ and then taken note of.
 */
export const FORM_ACTIONS: Record<FilingKind, readonly ReviewAction[]> = {
  verwendungsnachweis: ["zurueckgeben", "pruefen", "kenntnis", "weiterleiten"],
  jahresbericht: ["zurueckgeben", "sachlich_pruefen", "kenntnis", "weiterleiten"],
};

/** German reason why a form has no such step, or null when it has. */
export const formActionError = (
  action: ReviewAction,
  kind: FilingKind,
  words: LifecycleWords = NEUTRAL_LIFECYCLE_WORDS,
): string | null => {
  if (FORM_ACTIONS[kind].includes(action)) return null;
  const instead =
    kind === "jahresbericht"
      ? " Ein Jahresbericht wird „sachlich geprüft“."
      : " Die sachliche Prüfung ist Teil des Prüfvermerks („rechnerische Richtigkeit geprüft“).";
  return `„${words.action(action)}“ gibt es für einen ${FILING_KIND_LABELS[kind]} nicht.${instead}`;
};

/** A Träger may submit a first version, correct a returned one, or replace one not yet reviewed. */
export const SUBMITTABLE_FROM: readonly (FilingStatus | null)[] = [null, "eingereicht", "zurueckgegeben"];

export const canSubmitFrom = (status: FilingStatus | null): boolean => SUBMITTABLE_FROM.includes(status);

/** German reason why an action is not possible now, or null when it is. */
export const transitionError = (
  action: ReviewAction,
  status: FilingStatus,
  words: LifecycleWords = NEUTRAL_LIFECYCLE_WORDS,
): string | null => {
  const spec = REVIEW_ACTIONS[action];
  if ((spec.from as readonly FilingStatus[]).includes(status)) return null;
  const allowed = spec.from.map((s) => `„${words.status(s)}“`).join(" oder ");
  return `„${words.action(action)}“ ist nur im Status ${allowed} möglich; der Vorgang ist „${words.status(status)}“.`;
};
