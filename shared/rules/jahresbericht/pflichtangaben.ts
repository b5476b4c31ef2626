import { JB_LABELS } from "../../filing/labels";
import { defineRule, type Violation } from "../rule";
import { hasAnyValue, isBlank } from "../row-helpers";

export const jbPflichtangaben = defineRule({
  id: "JB-PFLICHTANGABEN",
  kind: "jahresbericht",
  severity: "fehler",
  title: "Name und Rechtsform, Stadtteilhaus und Berichtszeitraum sind ausgefüllt.",
  check: (jb) => {
    const missing: Violation[] = [];
    if (isBlank(jb.organisation.nameRechtsform))
      missing.push({
        path: ["organisation", "nameRechtsform"],
        message: `Bitte „${JB_LABELS.organisation.nameRechtsform}“ des Trägers ausfüllen.`,
      });
    if (isBlank(jb.gegenstand.stadtteilhaus))
      missing.push({ path: ["gegenstand", "stadtteilhaus"], message: "Bitte das Stadtteilhaus angeben." });
    if (isBlank(jb.gegenstand.berichtszeitraum))
      missing.push({
        path: ["gegenstand", "berichtszeitraum"],
        message: "Bitte den Berichtszeitraum angeben (z. B. 01.01.–31.12.2025).",
      });
    return missing;
  },
});

export const jbAngebotBezeichnung = defineRule({
  id: "JB-ANGEBOT-BEZEICHNUNG",
  kind: "jahresbericht",
  severity: "fehler",
  title: "Eine Zeile der quantitativen Daten (3.5) mit irgendeinem Wert nennt die Angebotsbezeichnung.",
  check: (jb) =>
    jb.angebote.flatMap((row, i) =>
      hasAnyValue(row) && isBlank(row.bezeichnung)
        ? [
            {
              path: ["angebote", i, "bezeichnung"],
              message: `Zeile ${i + 1}: Bitte die Angebotsbezeichnung eintragen.`,
            },
          ]
        : [],
    ),
});

export const jbTeilnehmerzahl = defineRule({
  id: "JB-TEILNEHMERZAHL",
  kind: "jahresbericht",
  severity: "fehler",
  title: "Die Teilnehmerzahl ist eine ganze Zahl ab 0.",
  check: (jb) =>
    jb.angebote.flatMap((row, i) => {
      const n = row.teilnehmerzahl;
      return n === null || (Number.isInteger(n) && n >= 0)
        ? []
        : [
            {
              path: ["angebote", i, "teilnehmerzahl"],
              message: `Zeile ${i + 1}: „${String(n).replace(".", ",")}“ ist keine Teilnehmerzahl. Bitte eine ganze Zahl ab 0 eintragen.`,
            },
          ];
    }),
});
