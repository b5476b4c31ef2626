import type { Filing } from "../filing/filing";
import type { ProgramParams } from "../programme/program-params";
import { amountInWords } from "../money/amount-in-words";
import { computeGesamtsumme } from "../rules/compute-gesamtsumme";
import { computeVerwendungsnachweis } from "../rules/compute-verwendungsnachweis";

/**
 * The filing as a workbook written from it states it: every stated result (Summe Personalkosten,
 * the Schlussrechnung figures, Gesamtsumme 3.1) is what the formulas compute, and "in Worten"
 * follows the Zuschussbetrag when one is given. Reading a freshly written workbook returns this.
 */
export const withDerivedFields = (
  filing: Filing,
  params: Pick<ProgramParams, "verwaltungCapBasisPoints">,
): Filing => {
  if (filing.kind === "jahresbericht") {
    const r = filing.data.ressourcen;
    return { ...filing, data: { ...filing.data, ressourcen: { ...r, gesamtsumme: computeGesamtsumme(r) } } };
  }
  const vn = filing.data;
  const t = computeVerwendungsnachweis(vn, params);
  return {
    ...filing,
    data: {
      ...vn,
      kopf: {
        ...vn.kopf,
        zuschussInWorten:
          vn.kopf.zuschuss === null ? vn.kopf.zuschussInWorten : amountInWords(vn.kopf.zuschuss),
      },
      personal: { ...vn.personal, summe: t.personalkosten },
      schlussrechnung: {
        ...vn.schlussrechnung,
        zuschuss: t.zuschuss,
        personalkosten: t.personalkosten,
        verwaltung: t.verwaltung,
        sachkosten: t.sachkosten,
        budget: t.budget,
        kostensumme: t.kostensumme,
        differenz: t.differenz,
      },
    },
  };
};
