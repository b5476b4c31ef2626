import { renderText } from "../../programme/render-text";
import { defineRule, type Violation } from "../rule";
import { hasAnyValue } from "../row-helpers";

export const jbAuswahl = defineRule({
  id: "JB-AUSWAHL",
  kind: "jahresbericht",
  severity: "fehler",
  title:
    "Eine Zeile der personellen Ressourcen (3.2) nennt ihre Gruppe, eine erbrachte Leistung (3.3) ihre Art.",
  check: (jb, { params }) => [
    ...jb.personelleRessourcen.flatMap((row, i): Violation[] =>
      hasAnyValue(row) && row.gruppe === null
        ? [
            {
              path: ["personelleRessourcen", i, "gruppe"],
              // The first group is the programme's own staff, named as the programme names itself.
              message: renderText(
                `3.2 Zeile ${i + 1}: Bitte die Gruppe wählen ({gegenstand}, Kooperationspartner oder Ehrenamtliche).`,
                params,
              ),
            },
          ]
        : [],
    ),
    ...jb.leistungen.flatMap((row, i): Violation[] =>
      hasAnyValue(row) && row.art === null
        ? [
            {
              path: ["leistungen", i, "art"],
              message: `3.3 Zeile ${i + 1}: Bitte die Art der Leistung aus der Liste wählen (z. B. Angebote, Stadtteilrunden, Projekte).`,
            },
          ]
        : [],
    ),
  ],
});
