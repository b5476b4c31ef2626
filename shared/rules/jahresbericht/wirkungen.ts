import { defineRule } from "../rule";
import { hasAnyValue } from "../row-helpers";

export const jbWirkungsstufe = defineRule({
  id: "JB-WIRKUNGSSTUFE",
  kind: "jahresbericht",
  severity: "fehler",
  title:
    "Jede erwartete (2.3) und erzielte (3.4) Wirkung ist einer Stufe der Wirkungstreppe (1–7) zugeordnet.",
  check: (jb) => [
    ...jb.loesungsansaetze.flatMap((row, i) =>
      hasAnyValue(row) && row.stufe === null
        ? [
            {
              path: ["loesungsansaetze", i, "stufe"],
              message: `2.3 Zeile ${i + 1}: Bitte der erwarteten Wirkung eine Stufe der Wirkungstreppe (1–7) zuordnen.`,
            },
          ]
        : [],
    ),
    ...jb.wirkungen.flatMap((row, i) =>
      hasAnyValue(row) && row.stufe === null
        ? [
            {
              path: ["wirkungen", i, "stufe"],
              message: `3.4 Zeile ${i + 1}: Bitte der erzielten Wirkung eine Stufe der Wirkungstreppe (1–7) zuordnen.`,
            },
          ]
        : [],
    ),
  ],
});
