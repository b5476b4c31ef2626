import type { z } from "zod";
import type { FilingKind } from "../filing/filing";
import { jahresberichtSchema } from "../filing/jahresbericht";
import { verwendungsnachweisSchema } from "../filing/verwendungsnachweis";
import { formatEuro } from "../money/format-money";
import { FORMS } from "../filing/forms";
import { pathKey } from "../filing/path-access";
import { collectAmounts } from "./collect-amounts";
import { defineRule } from "./rule";

const negativeAmounts = (kind: FilingKind, schema: z.ZodType, data: unknown) => {
  // A sum or transfer of a negative amount is negative too; the amount typed is the one to fix.
  const results = new Set(FORMS[kind].statedResults.map((p) => pathKey(p)));
  return collectAmounts(schema, data)
    .filter((a) => a.cents < 0 && !results.has(pathKey(a.path)))
    .map((a) => ({
      path: a.path,
      message: `Der Betrag ${formatEuro(a.cents)} ist negativ. Beträge sind nie negativ: bitte den tatsächlichen Betrag ohne Minuszeichen eintragen.`,
    }));
};

const TITLE = "Kein Betrag ist negativ (einzige Ausnahme: die Differenz der Schlussrechnung).";

const forKind = <K extends FilingKind>(kind: K, id: string, schema: z.ZodType) =>
  defineRule({
    id,
    kind,
    severity: "fehler",
    title: TITLE,
    check: (data) => negativeAmounts(kind, schema, data),
  });

export const vnBetragNegativ = forKind("verwendungsnachweis", "VN-BETRAG-NEGATIV", verwendungsnachweisSchema);
export const jbBetragNegativ = forKind("jahresbericht", "JB-BETRAG-NEGATIV", jahresberichtSchema);
