import type { z } from "zod";
import type { FilingKind } from "../filing/filing";
import { jahresberichtSchema } from "../filing/jahresbericht";
import { verwendungsnachweisSchema } from "../filing/verwendungsnachweis";
import { formatEuro } from "../money/format-money";
import { collectAmounts } from "./collect-amounts";
import { defineRule } from "./rule";

const negativeAmounts = (schema: z.ZodType, data: unknown) =>
  collectAmounts(schema, data)
    .filter((a) => a.cents < 0)
    .map((a) => ({
      path: a.path,
      message: `Der Betrag ${formatEuro(a.cents)} ist negativ. Beträge sind nie negativ: bitte den tatsächlichen Betrag ohne Minuszeichen eintragen.`,
    }));

const TITLE = "Kein Betrag ist negativ (einzige Ausnahme: die Differenz der Schlussrechnung).";

const forKind = <K extends FilingKind>(kind: K, id: string, schema: z.ZodType) =>
  defineRule({ id, kind, severity: "fehler", title: TITLE, check: (data) => negativeAmounts(schema, data) });

export const vnBetragNegativ = forKind("verwendungsnachweis", "VN-BETRAG-NEGATIV", verwendungsnachweisSchema);
export const jbBetragNegativ = forKind("jahresbericht", "JB-BETRAG-NEGATIV", jahresberichtSchema);
