import type { JahresberichtFiling, VerwendungsnachweisFiling } from "./filing";
import { amountInWords } from "../money/amount-in-words";
import { districtName, stadtteilhausName, traegerName } from "../programme/stammdaten";

/** Names of the sample's Träger and district, so a sample for any pair reads as that pair. */
const namesFor = (meta: { programmeId: string; traegerId: string; districtId: string }) => ({
  traeger: traegerName(meta.programmeId, meta.traegerId),
  district: districtName(meta.programmeId, meta.districtId),
  haus: stadtteilhausName(meta.programmeId, meta.districtId),
});

/** The meta of the samples when a test names none: AWO in Kaltenmoor, Lüneburg's programme, 2025. */
export const SAMPLE_META = {
  programmeId: "stadtteilmanagement",
  traegerId: "awo",
  districtId: "kaltenmoor",
  year: 2025,
} as const;

/**
 * A complete, valid Verwendungsnachweis (no Fehler) for tests and demo data. Figures are chosen so
 * every rule passes: Verwaltung below 13 %, budget lines add up, Differenz 0.
 */
export const sampleVerwendungsnachweis = (
  meta: VerwendungsnachweisFiling["meta"] = { ...SAMPLE_META },
): VerwendungsnachweisFiling => {
  const names = namesFor(meta);
  const personal = [
    {
      name: "Petersen",
      vorname: "Jana",
      qualifikation: "Sozialarbeiterin (B.A.)",
      verguetungsgruppe: "TVöD SuE S 12",
      stellenanteil: 0.75,
      personalkosten: 5_123_456,
    },
    {
      name: "Yılmaz",
      vorname: "Deniz",
      qualifikation: "Sozialpädagoge (B.A.)",
      verguetungsgruppe: "TVöD SuE S 11b",
      stellenanteil: 0.5,
      personalkosten: 3_210_000,
    },
  ];
  const personalkosten = 5_123_456 + 3_210_000;
  const verwaltung = 1_083_349; // 13 % of 83.334,56 € = 10.833,4928 → 10.833,49 € (exactly the cap)
  const sachkosten = 650_000;
  const budgetZeilen = [
    { beschreibung: `Stadtteilfest ${names.district}`, betrag: 250_000 },
    { beschreibung: "Nachbarschaftscafé (Sachmittel)", betrag: 180_000 },
    { beschreibung: "Honorare Beteiligungswerkstatt", betrag: 120_050 },
  ];
  const budget = 550_050;
  const kostensumme = personalkosten + verwaltung + sachkosten + budget;
  const weitereEinnahmen = 50_000;
  const zuschuss = kostensumme - weitereEinnahmen;
  return {
    kind: "verwendungsnachweis",
    meta,
    data: {
      kopf: {
        absender: names.traeger,
        anschrift: "Musterstraße 1\n21335 Lüneburg",
        ort: "Lüneburg",
        datum: `${meta.year + 1}-03-15`,
        stadtteilhaus: names.haus,
        jahr: meta.year,
        traegerName: names.traeger,
        zuschuss,
        zuschussInWorten: amountInWords(zuschuss),
        zuwendungsgemaessVerwendet: true,
      },
      personal: { zeilen: personal, summe: personalkosten },
      verwaltung,
      sachkosten,
      budget: { betrag: budget, zeilen: budgetZeilen },
      schlussrechnung: {
        zuschuss,
        weitereEinnahmen,
        personalkosten,
        verwaltung,
        sachkosten,
        budget,
        kostensumme,
        differenz: 0,
        begruendung: "",
      },
      unterschrift: { name: "Martina Krüger", funktion: "Geschäftsführung", datum: `${meta.year + 1}-03-15` },
      belegliste: sampleBelegliste(meta.year),
    },
  };
};

/**
 * The sample's Belege: per Kostenart and per budget line they add up to the form's figures at the
 * cent, all dated in the Förderjahr – the demo year shows no Belegliste finding. The Verwaltung is
 * a Pauschale and has none. Salaries as one payroll Beleg per half-year, no person named.
 */
const sampleBelegliste = (year: number): VerwendungsnachweisFiling["data"]["belegliste"] => {
  const beleg = (
    belegnr: string,
    datum: string,
    zahlungsempfaenger: string,
    zweck: string,
    betrag: number,
    kostenart: "personalkosten" | "sachkosten" | "budget",
    budgetzeile: number | null = null,
  ) => ({ belegnr, datum: `${year}-${datum}`, zahlungsempfaenger, zweck, betrag, kostenart, budgetzeile });
  return [
    beleg(
      "P-01",
      "06-30",
      "Lohnbuchhaltung (Sammelbeleg)",
      "Gehälter Januar–Juni",
      4_166_728,
      "personalkosten",
    ),
    beleg(
      "P-02",
      "12-31",
      "Lohnbuchhaltung (Sammelbeleg)",
      "Gehälter Juli–Dezember",
      4_166_728,
      "personalkosten",
    ),
    beleg("S-01", "01-15", "Hausverwaltung am Sande", "Miete Stadtteilbüro", 480_000, "sachkosten"),
    beleg("S-02", "09-10", "Bürobedarf Nord GmbH", "Büromaterial", 170_000, "sachkosten"),
    beleg(
      "B-01",
      "08-23",
      "Veranstaltungstechnik Meyer",
      "Stadtteilfest: Bühne und Technik",
      250_000,
      "budget",
      1,
    ),
    beleg("B-02", "04-02", "Bäckerei am Markt", "Nachbarschaftscafé: Lebensmittel", 95_000, "budget", 2),
    beleg("B-03", "10-05", "Großmarkt Lüneburg", "Nachbarschaftscafé: Geschirr", 85_000, "budget", 2),
    beleg("B-04", "11-20", "Moderation im Quartier", "Honorar Beteiligungswerkstatt", 120_050, "budget", 3),
  ];
};

/** A complete, valid Jahresbericht matching `sampleVerwendungsnachweis` in 3.1. */
export const sampleJahresbericht = (
  meta: JahresberichtFiling["meta"] = { ...SAMPLE_META },
): JahresberichtFiling => {
  const names = namesFor(meta);
  return {
    kind: "jahresbericht",
    meta,
    data: {
      organisation: {
        nameRechtsform: names.traeger,
        sitz: "Lüneburg",
        kontakt: `stadtteilmanagement-${meta.districtId}@example.org, 04131 000000`,
        vertretungsberechtigte: "Vorstand",
      },
      gegenstand: {
        stadtteilhaus: names.haus,
        berichtszeitraum: `01.01.–31.12.${meta.year}`,
        name: `Stadtteilmanagement ${names.district}`,
        inhalt: ["Nachbarschaftscafé", "Stadtteilfest", "Stadtteilrunde"],
      },
      steckbrief: {
        wohnsituation: "Überwiegend Geschosswohnungsbau, viele junge Familien.",
        infrastruktur: "Gute Busanbindung, wenig Treffpunkte im Freien.",
        lebenssituation: "Hoher Anteil an Alleinerziehenden und Seniorinnen.",
        angebote: "Aktive Elterninitiative, Tafel-Ausgabestelle.",
        image: "Wird von außen unterschätzt, von innen geschätzt.",
      },
      herausforderungen: "Begegnungsorte schaffen, Beteiligung junger Menschen stärken.",
      loesungsansaetze: [
        {
          zielgruppe: "Familien",
          leistung: "Nachbarschaftscafé wöchentlich",
          erwarteteWirkung: "Familien lernen sich kennen",
          stufe: 3,
        },
        {
          zielgruppe: "Jugendliche",
          leistung: "Beteiligungswerkstatt",
          erwarteteWirkung: "Jugendliche bringen Ideen ein",
          stufe: 5,
        },
      ],
      ressourcen: {
        personalkosten: 8_333_456,
        verwaltung: 1_083_349,
        sachkosten: 650_000,
        stadtteilmanagement: 550_050,
        eigenmittel: 50_000,
        gesamtsumme: 10_616_855,
      },
      personelleRessourcen: [
        {
          gruppe: "stadtteilmanagement",
          bezeichnung: "Stadtteilmanagerin",
          stunden: 30,
          taetigkeiten: "Stadtteilrunden, Stadtteilfest",
        },
        {
          gruppe: "kooperationspartner",
          bezeichnung: "ABC e. V.",
          stunden: 20,
          taetigkeiten: "Stadtteilfest, Nachbarschaftscafé",
        },
        { gruppe: "ehrenamtliche", bezeichnung: "Person 1", stunden: 40, taetigkeiten: "Hausaufgabenhilfe" },
        {
          gruppe: "ehrenamtliche",
          bezeichnung: "NH",
          stunden: 10,
          taetigkeiten: "Mitarbeit Nachbarschaftscafé",
        },
      ],
      leistungen: [
        { art: "stadtteilrunden", beschreibung: "Vier Stadtteilrunden mit je 15 Akteur*innen" },
        { art: "stadtteilfeste", beschreibung: "Stadtteilfest im Juni mit 400 Gästen" },
      ],
      wirkungen: [
        {
          ressourcen: "Personal, Budget 2.500 €",
          leistungen: "Stadtteilfest",
          wirkung: "Neue Kontakte zwischen Nachbar*innen",
          stufe: 4,
        },
      ],
      abgleich: {
        deckungsgleich: "Nachbarschaftscafé wie geplant.",
        differenzen: "Beteiligungswerkstatt startete später.",
        gruende: "Raum erst ab Mai verfügbar.",
      },
      angebote: [
        {
          bezeichnung: "Nachbarschaftscafé",
          verantwortlich: "Stadtteilmanagement",
          zeiten: "mittwochs 15–17 Uhr",
          teilnehmerzahl: 25,
          finanzierung: "Stadtteilmanagementbudget",
        },
        {
          bezeichnung: "Stadtteilfest",
          verantwortlich: "Stadtteilmanagement mit ABC e. V.",
          zeiten: "14.06.",
          teilnehmerzahl: 400,
          finanzierung: "Budget und Spenden",
        },
      ],
      ausblick: {
        rueckschluesse: "Feste Termine helfen.",
        bewaehrt: "Das Nachbarschaftscafé.",
        chancenRisiken: "Chance: neue Räume. Risiko: Personalwechsel.",
        planung: "Jugendbeteiligung ausbauen.",
      },
    },
  };
};
