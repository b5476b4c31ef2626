import { berichtszeitraum } from "./blank-filing";
import { emptyJahresbericht, emptyVerwendungsnachweis } from "./empty-filing";
import type { Jahresbericht } from "./jahresbericht";
import type { Verwendungsnachweis } from "./verwendungsnachweis";

/*
 * "Vorjahr übernehmen": a new year's filing keeps what rarely changes – the people (Personal rows
 * without their costs), the head of the form, the Steckbrief (2.1) and the Lösungsansätze (2.3) –
 * and clears every amount, date, signature and everything that reports on the year itself.
 */

export const carryOverVerwendungsnachweis = (
  last: Verwendungsnachweis,
  year: number,
): Verwendungsnachweis => {
  const data = emptyVerwendungsnachweis();
  data.kopf = {
    ...data.kopf,
    absender: last.kopf.absender,
    anschrift: last.kopf.anschrift,
    ort: last.kopf.ort,
    stadtteilhaus: last.kopf.stadtteilhaus,
    traegerName: last.kopf.traegerName,
    jahr: year,
  };
  data.personal.zeilen = last.personal.zeilen.map((z) => ({ ...z, personalkosten: null }));
  return data;
};

export const carryOverJahresbericht = (last: Jahresbericht, year: number): Jahresbericht => {
  const data = emptyJahresbericht();
  data.organisation = { ...last.organisation };
  data.gegenstand = { ...last.gegenstand, berichtszeitraum: berichtszeitraum(year), inhalt: [] };
  data.steckbrief = { ...last.steckbrief };
  data.loesungsansaetze = last.loesungsansaetze.map((l) => ({ ...l }));
  return data;
};
