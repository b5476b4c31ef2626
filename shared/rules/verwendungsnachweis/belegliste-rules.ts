import type { FieldPath } from "../../filing/labels";
import type { Verwendungsnachweis } from "../../filing/verwendungsnachweis";
import { checkBelegliste, type BelegBefund, type BelegRuleId } from "../../pruefung/belegliste";
import { computeVerwendungsnachweis, TOTAL_SOURCES } from "../compute-verwendungsnachweis";
import { defineRule, type RuleContext, type Violation } from "../rule";

/** The findings of one Belegliste rule; nothing where the programme's year keeps no Belegliste. */
const befunde = (vn: Verwendungsnachweis, { params, meta }: RuleContext, id: BelegRuleId) => {
  const { aktiv, kostenarten } = params.belegliste;
  if (!aktiv) return [];
  const totals = computeVerwendungsnachweis(vn, params);
  const form = {
    kostenarten: {
      personalkosten: totals.personalkosten,
      verwaltung: totals.verwaltung,
      sachkosten: totals.sachkosten,
      budget: totals.budget,
    },
    budgetzeilen: vn.budget.zeilen.map((z) => z.betrag ?? 0),
  };
  return checkBelegliste(vn.belegliste, form, kostenarten, meta.year).filter((b) => b.ruleId === id);
};

const row = (b: BelegBefund, feld: string = b.feld ?? "betrag"): FieldPath => ["belegliste", b.zeile!, feld];
const sumCell = (k: string): FieldPath => ["belegliste", "summe", k];

/** Each finding names both places: the Belegliste's cell and the form's (or the first row's) cell. */
const violation = (vn: Verwendungsnachweis, b: BelegBefund): Violation => {
  const at = (path: FieldPath, related: FieldPath): Violation => ({
    path,
    message: b.message,
    related: { kind: "verwendungsnachweis", path: related },
  });
  switch (b.ruleId) {
    case "VN-BELEG-SUMME":
      return at(sumCell(b.kostenart!), TOTAL_SOURCES[b.kostenart!]);
    case "VN-BELEG-BUDGETZEILE": {
      if (b.zeile !== null) return at(row(b), ["budget", "zeilen"]);
      const line = b.budgetzeile!;
      const first = vn.belegliste.findIndex((x) => x.kostenart === "budget" && x.budgetzeile === line);
      const related: FieldPath = ["budget", "zeilen", line - 1, "betrag"];
      return at(first === -1 ? sumCell("budget") : ["belegliste", first, "betrag"], related);
    }
    case "VN-BELEG-DATUM":
      return at(row(b), ["kopf", "jahr"]);
    case "VN-BELEG-DOPPELT":
      return at(row(b), ["belegliste", b.ersteZeile!, "belegnr"]);
    case "VN-BELEG-ANGABEN":
      return { path: row(b), message: b.message };
  }
};

const belegRule = (id: BelegRuleId, title: string) =>
  defineRule({
    id,
    kind: "verwendungsnachweis",
    severity: "fehler",
    title,
    check: (vn, context) => befunde(vn, context, id).map((b) => violation(vn, b)),
  });

export const vnBelegSumme = belegRule(
  "VN-BELEG-SUMME",
  "Je belegpflichtiger Kostenart (Programmparameter `belegliste.kostenarten`) ergeben die Belege der Belegliste centgenau den Betrag des Formulars; eine leere Belegliste wird nicht verglichen.",
);
export const vnBelegBudgetzeile = belegRule(
  "VN-BELEG-BUDGETZEILE",
  "Je Budgetzeile ergeben die Belege mit dieser Budgetzeile centgenau ihren Betrag; ein Beleg des Budgets nennt eine Budgetzeile des Formulars, andere Belege keine.",
);
export const vnBelegDatum = belegRule(
  "VN-BELEG-DATUM",
  "Jedes Belegdatum liegt im Förderjahr (01.01.–31.12.; der 31.12. ja, der 01.01. des Folgejahres nicht).",
);
export const vnBelegDoppelt = belegRule(
  "VN-BELEG-DOPPELT",
  "Keine Belegnummer steht zweimal in der Belegliste (ohne Leerzeichen am Rand, Groß-/Kleinschreibung gleich).",
);
export const vnBelegAngaben = belegRule(
  "VN-BELEG-ANGABEN",
  "Eine Zeile der Belegliste mit einem Eintrag nennt Belegnr., Datum, Betrag und Kostenart.",
);
