import fc from "fast-check";
import { LEISTUNGSART_KEYS, PERSONENGRUPPE_KEYS } from "../../domain/leistungsarten";
import { programmeById } from "../../programme/programmes";
import { BELEG_KOSTENARTEN } from "../../programme/pruefung-params";
import type { Filing, FilingMeta } from "../../filing/filing";
import type { Jahresbericht } from "../../filing/jahresbericht";
import type { Verwendungsnachweis } from "../../filing/verwendungsnachweis";

const CHARS = [..."abcdefghijklmnopqrstuvwxyz ÄÖÜäöüßéçı€§&<>\"'/-.,;:()0123456789\n"];
const text = (maxLength = 40) => fc.string({ unit: fc.constantFrom(...CHARS), maxLength });
const filled = (maxLength = 40) => text(maxLength).filter((s) => s.trim() !== "");
const cents = fc.option(fc.integer({ min: 0, max: 1_000_000_000 }), { nil: null });
const iso = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const date = fc.option(iso, { nil: null });
const stufe = fc.option(fc.integer({ min: 1, max: 7 }), { nil: null });
const rows = <T>(row: fc.Arbitrary<T>, maxLength = 5) => fc.array(row, { maxLength });
const anyValue = (row: Record<string, unknown>) =>
  Object.values(row).some((v) => (typeof v === "string" ? v.trim() !== "" : v !== null));

const programme = programmeById("stadtteilmanagement");
export const metaArb: fc.Arbitrary<FilingMeta> = fc.record({
  programmeId: fc.constant(programme.id),
  traegerId: fc.constantFrom(...programme.traeger.map((t) => t.id)),
  districtId: fc.constantFrom(...programme.districts.map((d) => d.id)),
  year: fc.integer({ min: 2000, max: 2100 }),
});

export const verwendungsnachweisArb: fc.Arbitrary<Verwendungsnachweis> = fc.record({
  kopf: fc.record({
    absender: text(),
    anschrift: text(80),
    ort: text(),
    datum: date,
    stadtteilhaus: text(),
    jahr: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }),
    traegerName: text(),
    zuschuss: cents,
    zuschussInWorten: text(),
    zuwendungsgemaessVerwendet: fc.boolean(),
  }),
  personal: fc.record({
    zeilen: rows(
      fc
        .record({
          name: text(),
          vorname: text(),
          qualifikation: text(),
          verguetungsgruppe: text(),
          stellenanteil: fc.option(
            fc.integer({ min: 1, max: 10_000 }).map((n) => n / 10_000),
            { nil: null },
          ),
          personalkosten: cents,
        })
        .filter(anyValue),
    ),
    summe: cents,
  }),
  verwaltung: cents,
  sachkosten: cents,
  budget: fc.record({
    betrag: cents,
    zeilen: rows(fc.record({ beschreibung: text(), betrag: cents }).filter(anyValue), 12),
  }),
  schlussrechnung: fc.record({
    zuschuss: cents,
    weitereEinnahmen: cents,
    personalkosten: cents,
    verwaltung: cents,
    sachkosten: cents,
    budget: cents,
    kostensumme: cents,
    differenz: fc.option(fc.integer({ min: -1_000_000, max: 1_000_000 }), { nil: null }),
    begruendung: text(200),
  }),
  unterschrift: fc.record({ name: text(), funktion: text(), datum: date }),
  belegliste: rows(
    fc
      .record({
        belegnr: text(12),
        datum: date,
        zahlungsempfaenger: text(),
        zweck: text(),
        betrag: cents,
        kostenart: fc.option(fc.constantFrom(...BELEG_KOSTENARTEN), { nil: null }),
        budgetzeile: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
      })
      .filter(anyValue),
  ),
});

export const jahresberichtArb: fc.Arbitrary<Jahresbericht> = fc.record({
  organisation: fc.record({
    nameRechtsform: text(),
    sitz: text(),
    kontakt: text(80),
    vertretungsberechtigte: text(80),
  }),
  gegenstand: fc.record({
    stadtteilhaus: text(),
    berichtszeitraum: text(),
    name: text(),
    inhalt: rows(filled()),
  }),
  steckbrief: fc.record({
    wohnsituation: text(300),
    infrastruktur: text(),
    lebenssituation: text(),
    angebote: text(),
    image: text(),
  }),
  herausforderungen: text(300),
  loesungsansaetze: rows(
    fc.record({ zielgruppe: text(), leistung: text(80), erwarteteWirkung: text(80), stufe }).filter(anyValue),
  ),
  ressourcen: fc.record({
    personalkosten: cents,
    verwaltung: cents,
    sachkosten: cents,
    stadtteilmanagement: cents,
    eigenmittel: cents,
    gesamtsumme: cents,
  }),
  personelleRessourcen: rows(
    fc.record({
      gruppe: fc.constantFrom(...PERSONENGRUPPE_KEYS),
      bezeichnung: text(),
      stunden: fc.option(
        fc.integer({ min: 0, max: 4000 }).map((n) => n / 4),
        { nil: null },
      ),
      taetigkeiten: text(80),
    }),
  ),
  leistungen: rows(fc.record({ art: fc.constantFrom(...LEISTUNGSART_KEYS), beschreibung: text(80) })),
  wirkungen: rows(
    fc.record({ ressourcen: text(), leistungen: text(), wirkung: text(), stufe }).filter(anyValue),
  ),
  abgleich: fc.record({ deckungsgleich: text(), differenzen: text(), gruende: text() }),
  angebote: rows(
    fc
      .record({
        bezeichnung: text(),
        verantwortlich: text(),
        zeiten: text(),
        teilnehmerzahl: fc.option(fc.nat(5000), { nil: null }),
        finanzierung: text(),
      })
      .filter(anyValue),
  ),
  ausblick: fc.record({ rueckschluesse: text(), bewaehrt: text(), chancenRisiken: text(), planung: text() }),
});

export const filingArb: fc.Arbitrary<Filing> = fc.oneof(
  fc.record({
    kind: fc.constant("verwendungsnachweis" as const),
    meta: metaArb,
    data: verwendungsnachweisArb,
  }),
  fc.record({ kind: fc.constant("jahresbericht" as const), meta: metaArb, data: jahresberichtArb }),
);
