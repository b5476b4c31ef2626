import { defineRule } from "../rule";

// Two or more capitalised words of letters only ("Anna Schmidt", "Frau Müller-Lüdenscheidt") look
// like a real name; pseudonyms ("Person 1") and initials ("NH", "A. S.") do not.
const WORD = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*";
const FULL_NAME = new RegExp(`^${WORD}(?:\\s+${WORD})+$`, "u");

export const looksLikeFullName = (text: string): boolean => FULL_NAME.test(text.trim());

export const jbEhrenamtKlarname = defineRule({
  id: "JB-EHRENAMT-KLARNAME",
  kind: "jahresbericht",
  severity: "warnung",
  title: "Ehrenamtliche werden ohne Klarnamen genannt (Pseudonym oder Initialen).",
  check: (jb) =>
    jb.personelleRessourcen.flatMap((row, i) =>
      row.gruppe === "ehrenamtliche" && looksLikeFullName(row.bezeichnung)
        ? [
            {
              path: ["personelleRessourcen", i, "bezeichnung"],
              message: `Zeile ${i + 1}: „${row.bezeichnung.trim()}“ sieht wie ein Klarname aus. Ehrenamtliche bitte nur mit Pseudonym oder Initialen nennen (z. B. „Person 1“ oder „NH“).`,
            },
          ]
        : [],
    ),
});
