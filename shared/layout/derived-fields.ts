import type { FilingKind } from "../domain/filing-kinds";
import type { Filing } from "../filing/filing";
import { FORMS } from "../filing/forms";
import { labelForPath } from "../filing/labels";
import { getIn } from "../filing/path-access";
import type { Jahresbericht } from "../filing/jahresbericht";
import type { Verwendungsnachweis } from "../filing/verwendungsnachweis";
import { amountInWords } from "../money/amount-in-words";
import type { ProgramParams } from "../programme/program-params";
import { computeGesamtsumme } from "../rules/compute-gesamtsumme";
import { computeVerwendungsnachweis } from "../rules/compute-verwendungsnachweis";

type Params = Pick<ProgramParams, "verwaltungCapBasisPoints">;
type DataOf<K extends FilingKind> = K extends "verwendungsnachweis" ? Verwendungsnachweis : Jahresbericht;

/** Per form: its data with every stated result set to what the workbook's formulas compute. */
const DERIVE: { [K in FilingKind]: (data: DataOf<K>, params: Params) => DataOf<K> } = {
  verwendungsnachweis: (vn, params) => {
    const t = computeVerwendungsnachweis(vn, params);
    return {
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
    };
  },
  jahresbericht: (jb) => ({
    ...jb,
    ressourcen: { ...jb.ressourcen, gesamtsumme: computeGesamtsumme(jb.ressourcen) },
  }),
};

/**
 * The filing as a workbook written from it states it: every stated result (Summe Personalkosten,
 * the Schlussrechnung figures, Gesamtsumme 3.1) is what the formulas compute, and "in Worten"
 * follows the Zuschussbetrag when one is given. Reading a freshly written workbook returns this.
 */
export const withDerivedFields = (filing: Filing, params: Params): Filing =>
  ({
    ...filing,
    data: (DERIVE[filing.kind] as (d: unknown, p: Params) => unknown)(filing.data, params),
  }) as Filing;

/** A result the form states, next to what its formula computes from the inputs. */
export interface StatedResult {
  /** Dotted field path, e.g. "schlussrechnung.kostensumme". */
  field: string;
  label: string;
  stated: unknown;
  computed: unknown;
  /** Stated and computed differ (a formula typed over, or a JSON filing with wrong sums). */
  differs: boolean;
}

/** Every stated result of the form (FORMS[kind].statedResults) with the figure the inputs give. */
export const statedResults = (filing: Filing, params: Params): StatedResult[] => {
  const derived = withDerivedFields(filing, params);
  return FORMS[filing.kind].statedResults.map((path) => {
    const stated = getIn(filing.data, path);
    const computed = getIn(derived.data, path);
    return {
      field: path.join("."),
      label: labelForPath(filing.kind, path, filing.meta.programmeId),
      stated,
      computed,
      differs: stated !== computed,
    };
  });
};
