import type { FilingKind } from "../domain/filing-kinds";
import type { ProgramParams } from "../programme/program-params";
import { blankJahresbericht, blankVerwendungsnachweis } from "./blank-filing";
import { carryOverJahresbericht, carryOverVerwendungsnachweis } from "./carry-over";
import { emptyJahresbericht, emptyVerwendungsnachweis } from "./empty-filing";
import type { Filing, FilingMeta } from "./filing";
import type { Jahresbericht } from "./jahresbericht";
import type { Verwendungsnachweis } from "./verwendungsnachweis";

type DataOf<K extends FilingKind> = K extends "verwendungsnachweis" ? Verwendungsnachweis : Jahresbericht;

/** The Rechtsverbindliche Unterschrift a submission records with its version. */
export interface Signer {
  name: string;
  funktion: string;
  datum: string | null;
}

/**
 * What differs between the forms, in one place: every "which form is it?" decision the services,
 * the CLI and the workbook make is a lookup here (rules and grids have their own registries,
 * `RULES_BY_KIND` and `LAYOUTS`).
 */
export interface FilingForm<K extends FilingKind> {
  kind: K;
  empty: () => DataOf<K>;
  /** The content of a blank template: head filled from meta and the programme's Stammdaten. */
  blank: (meta: FilingMeta) => DataOf<K>;
  /** "Vorjahr übernehmen". */
  carryOver: (last: DataOf<K>, year: number) => DataOf<K>;
  /** The Träger as the filing itself names it (for ids the Stammdaten do not know). */
  typedTraeger: (data: DataOf<K>) => string;
  /** The year's parameter that says when the form is due. */
  dueParam: Extract<keyof ProgramParams, "verwendungsnachweisFaellig" | "jahresberichtFaellig">;
  /** Due for a district the city runs itself? No grant flows there, so no Verwendungsnachweis. */
  dueWhereCityRuns: boolean;
  /** A Tandem partner (city + Träger share a district) may read it, not only the Träger. */
  readableByTandem: boolean;
  /** Checked against the same Träger's, district's and year's filing of this kind (3.1 ⇄ VN). */
  crossCheckWith?: FilingKind;
  signer: (data: DataOf<K>) => Signer | null;
  /**
   * Fields that state a result the form computes (a sum, a transfer): in a workbook they are
   * formulas, so a problem shows at the input they come from, never at them.
   */
  statedResults: readonly (readonly string[])[];
}

export const FORMS: { [K in FilingKind]: FilingForm<K> } = {
  verwendungsnachweis: {
    kind: "verwendungsnachweis",
    empty: emptyVerwendungsnachweis,
    blank: blankVerwendungsnachweis,
    carryOver: carryOverVerwendungsnachweis,
    typedTraeger: (data) => data.kopf.traegerName,
    dueParam: "verwendungsnachweisFaellig",
    dueWhereCityRuns: false,
    readableByTandem: false,
    signer: (data) => ({ ...data.unterschrift }),
    statedResults: [
      ["personal", "summe"],
      ...["zuschuss", "personalkosten", "verwaltung", "sachkosten", "budget", "kostensumme", "differenz"].map(
        (field) => ["schlussrechnung", field],
      ),
    ],
  },
  jahresbericht: {
    kind: "jahresbericht",
    empty: emptyJahresbericht,
    blank: blankJahresbericht,
    carryOver: carryOverJahresbericht,
    typedTraeger: (data) => data.organisation.nameRechtsform,
    dueParam: "jahresberichtFaellig",
    dueWhereCityRuns: true,
    readableByTandem: true,
    crossCheckWith: "verwendungsnachweis",
    signer: () => null,
    statedResults: [["ressourcen", "gesamtsumme"]],
  },
};

/** The form of a kind, typed loosely for code that holds a `Filing` of either kind. */
export const formOf = (kind: FilingKind): FilingForm<FilingKind> =>
  FORMS[kind] as unknown as FilingForm<FilingKind>;

/** A filing of any kind built from its form: blank template content for meta. */
export const blankFiling = (kind: FilingKind, meta: FilingMeta): Filing =>
  ({ kind, meta, data: formOf(kind).blank(meta) }) as Filing;

/** "Vorjahr übernehmen" for a filing of either kind. */
export const carryOverFromPreviousYear = (filing: Filing, year: number): Filing =>
  ({
    kind: filing.kind,
    meta: { ...filing.meta, year },
    data: formOf(filing.kind).carryOver(filing.data as never, year),
  }) as Filing;
