import { jbBetragNegativ, vnBetragNegativ } from "./betrag-negativ";
import { vnZuschussAusgezahlt } from "./verwendungsnachweis/zuschuss-ausgezahlt";
import { jbAuswahl } from "./jahresbericht/auswahl";
import { jbEhrenamtKlarname } from "./jahresbericht/ehrenamt-klarname";
import { jbInhalt } from "./jahresbericht/inhalt";
import { jbAngebotBezeichnung, jbPflichtangaben, jbTeilnehmerzahl } from "./jahresbericht/pflichtangaben";
import { jbGesamtsumme, jbRessourcenAbgleich } from "./jahresbericht/ressourcen";
import { jbWirkungsstufe } from "./jahresbericht/wirkungen";
import type { FilingKind } from "../domain/filing-kinds";
import type { Rule } from "./rule";
import { jbZuordnung, vnStadtteilDurchStadt, vnZuordnung } from "./zuordnung";
import { vnBudgetSumme, vnBudgetZeileBeschreibung, vnBudgetZeilenMax } from "./verwendungsnachweis/budget";
import { vnBudgetCap, vnSachkostenCap, vnVerwaltungCap } from "./verwendungsnachweis/caps";
import {
  vnBelegAngaben,
  vnBelegBudgetzeile,
  vnBelegDatum,
  vnBelegDoppelt,
  vnBelegSumme,
} from "./verwendungsnachweis/belegliste-rules";
import {
  vnBestaetigung,
  vnJahr,
  vnPflichtangaben,
  vnUnterschrift,
  vnZuschussBewilligt,
  vnZuschussInWorten,
} from "./verwendungsnachweis/kopf";
import { vnPersonalSumme, vnPersonalZeile, vnStellenanteil } from "./verwendungsnachweis/personal";
import {
  vnDifferenzBegruendung,
  vnDifferenzPositiv,
  vnSchlussDifferenz,
  vnSchlussKostensumme,
  vnSchlussUebertrag,
} from "./verwendungsnachweis/schlussrechnung";

/** Every rule of the Verwendungsnachweis, in the order of the form. */
export const VERWENDUNGSNACHWEIS_RULES: Rule<"verwendungsnachweis">[] = [
  vnPflichtangaben,
  vnJahr,
  vnStadtteilDurchStadt,
  vnZuordnung,
  vnZuschussBewilligt,
  vnZuschussAusgezahlt,
  vnZuschussInWorten,
  vnBestaetigung,
  vnPersonalZeile,
  vnStellenanteil,
  vnPersonalSumme,
  vnVerwaltungCap,
  vnSachkostenCap,
  vnBudgetCap,
  vnBudgetZeilenMax,
  vnBudgetSumme,
  vnBudgetZeileBeschreibung,
  vnSchlussUebertrag,
  vnSchlussKostensumme,
  vnSchlussDifferenz,
  vnDifferenzBegruendung,
  vnDifferenzPositiv,
  vnUnterschrift,
  // The Belegliste follows the signed form as its annex (sheet „Belegliste“).
  vnBelegAngaben,
  vnBelegSumme,
  vnBelegBudgetzeile,
  vnBelegDatum,
  vnBelegDoppelt,
  vnBetragNegativ,
];

/** Every rule of the Jahresbericht, in the order of the form. */
export const JAHRESBERICHT_RULES: Rule<"jahresbericht">[] = [
  jbPflichtangaben,
  jbInhalt,
  jbZuordnung,
  jbWirkungsstufe,
  jbGesamtsumme,
  jbRessourcenAbgleich,
  jbAuswahl,
  jbEhrenamtKlarname,
  jbAngebotBezeichnung,
  jbTeilnehmerzahl,
  jbBetragNegativ,
];

/** The rules of each form: what `validate` runs for a filing of that kind. */
export const RULES_BY_KIND: { [K in FilingKind]: Rule<K>[] } = {
  verwendungsnachweis: VERWENDUNGSNACHWEIS_RULES,
  jahresbericht: JAHRESBERICHT_RULES,
};
