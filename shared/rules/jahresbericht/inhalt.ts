import { JB_LABELS } from "../../filing/labels";
import type { Jahresbericht } from "../../filing/jahresbericht";
import { defineRule, type Violation } from "../rule";
import { hasAnyValue, isBlank } from "../row-helpers";

const filled = (texts: readonly string[]) => texts.some((t) => !isBlank(t));
const rows = (list: readonly object[]) => list.some((row) => hasAnyValue(row as Record<string, unknown>));

/**
 * The sections of Anlage 1 a report cannot do without: what the Stadtteil is like, its challenges,
 * the planned approaches, the resources, what was done and achieved, and the outlook. Each empty
 * section is one finding at the section, in the words of the Gliederung.
 */
const SECTIONS: { path: (string | number)[]; label: string; isFilled: (jb: Jahresbericht) => boolean }[] = [
  {
    path: ["steckbrief"],
    label: JB_LABELS.steckbrief.title,
    isFilled: (jb) => filled(Object.values(jb.steckbrief)),
  },
  {
    path: ["herausforderungen"],
    label: JB_LABELS.herausforderungen,
    isFilled: (jb) => filled([jb.herausforderungen]),
  },
  {
    path: ["loesungsansaetze"],
    label: JB_LABELS.loesungsansaetze.title,
    isFilled: (jb) => rows(jb.loesungsansaetze),
  },
  {
    path: ["ressourcen", "personalkosten"],
    label: JB_LABELS.ressourcen.title,
    isFilled: (jb) => Object.entries(jb.ressourcen).some(([key, v]) => key !== "gesamtsumme" && v !== null),
  },
  { path: ["leistungen"], label: JB_LABELS.leistungen.title, isFilled: (jb) => rows(jb.leistungen) },
  { path: ["wirkungen"], label: JB_LABELS.wirkungen.title, isFilled: (jb) => rows(jb.wirkungen) },
  {
    path: ["ausblick"],
    label: JB_LABELS.ausblick.title,
    isFilled: (jb) => filled(Object.values(jb.ausblick)),
  },
];

export const jbInhalt = defineRule({
  id: "JB-INHALT",
  kind: "jahresbericht",
  severity: "fehler",
  title:
    "Ein Jahresbericht enthält Steckbrief (2.1), Herausforderungen (2.2), Lösungsansätze (2.3), eingesetzte Ressourcen (3.1), erbrachte Leistungen (3.3), erreichte Wirkungen (3.4) und den Ausblick (4.).",
  check: (jb) =>
    SECTIONS.filter((s) => !s.isFilled(jb)).map((s): Violation => ({
      path: s.path,
      message: `„${s.label}“ ist leer. Bitte den Abschnitt ausfüllen, bevor der Jahresbericht eingereicht wird.`,
    })),
});
