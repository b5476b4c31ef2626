import { programmeLabel } from "../programme/render-text";
import type { FilingKind } from "./filing";

/**
 * German labels users know from the paper forms (Anlage 1 and 3), one per field of the schemas.
 * The workbook layout prints them next to the cells; findings use them to say where a problem is.
 * Sections: `title` names the section, the other keys name its fields or table columns. A label
 * that names the programme writes its word as `{gegenstand}` or `{budgetName}`: `labelForPath`
 * renders it from the filing's pack (`programmeLabel`), so no programme's label names another.
 */
type LabelTree = { title: string; [field: string]: string | LabelTree };

export const VN_LABELS = {
  title: "Verwendungsnachweis",
  kopf: {
    title: "Kopf",
    absender: "Träger/Absender",
    anschrift: "Anschrift",
    ort: "Ort",
    datum: "Datum",
    stadtteilhaus: "Stadtteilhaus/-büro",
    jahr: "Jahr",
    traegerName: "Name des Trägers",
    zuschuss: "Zuschussbetrag (€)",
    zuschussInWorten: "in Worten",
    zuwendungsgemaessVerwendet: "Betrag zuwendungsgemäß verwendet",
  },
  personal: {
    title: "1. Personalkosten",
    zeilen: {
      title: "Zeile",
      name: "Name",
      vorname: "Vorname",
      qualifikation: "Qualifikation",
      verguetungsgruppe: "Vergütungsgruppe",
      stellenanteil: "Stellenanteil",
      personalkosten: "Personalkosten",
    },
    summe: "Summe Personalkosten",
  },
  verwaltung: "2. Verwaltungs- und Leitungskosten",
  sachkosten: "3. Arbeitsplatzbezogene Sachkosten",
  budget: {
    title: "4. Kosten für präventive Angebote der Gemeinwesenarbeit ({budgetName})",
    betrag: "Kosten für präventive Angebote der Gemeinwesenarbeit",
    zeilen: { title: "Zeile", beschreibung: "Projekt/ Angebot/ Maßnahme", betrag: "Betrag" },
  },
  schlussrechnung: {
    title: "Schlussrechnung",
    zuschuss: "Zuschuss",
    weitereEinnahmen: "Weitere Zuschüsse/ Einnahmen",
    personalkosten: "Personalkosten",
    verwaltung: "Verwaltungs- und Leitungskosten",
    sachkosten: "Arbeitsplatzbezogene Sachkosten",
    budget: "Kosten für präventive Angebote der Gemeinwesenarbeit",
    kostensumme: "Kostensumme",
    differenz: "Differenz +/-",
    begruendung: "Begründung der Differenz",
  },
  unterschrift: {
    title: "5. Rechtsverbindliche Unterschrift",
    name: "Name",
    funktion: "Funktion",
    datum: "Datum",
  },
  belegliste: {
    title: "Belegliste",
    belegnr: "Belegnr.",
    datum: "Datum",
    zahlungsempfaenger: "Zahlungsempfänger",
    zweck: "Zweck",
    betrag: "Betrag",
    kostenart: "Kostenart",
    budgetzeile: "Budgetzeile",
    /** The sums per Kostenart above the table: results the filing does not hold, findings name them. */
    summe: {
      title: "Summe der Belege",
      personalkosten: "Personalkosten",
      verwaltung: "Verwaltungs- und Leitungskosten",
      sachkosten: "Arbeitsplatzbezogene Sachkosten",
      budget: "Kosten für präventive Angebote",
    },
  },
} as const satisfies LabelTree;

/**
 * Short names of the places a Verwendungsnachweis figure is taken from (by total, see
 * `computeVerwendungsnachweis`), for messages that point there from elsewhere.
 */
export const VN_SOURCE_LABELS = {
  zuschuss: "Zuschussbetrag im Kopf",
  personalkosten: VN_LABELS.personal.title,
  verwaltung: "2. Verwaltungs- und Leitungskosten",
  sachkosten: "3. Arbeitsplatzbezogene Sachkosten",
  budget: "4. Kosten für präventive Angebote",
  weitereEinnahmen: `${VN_LABELS.schlussrechnung.title}: ${VN_LABELS.schlussrechnung.weitereEinnahmen}`,
} as const;

/**
 * 7. Prüfung at the end of Anlage 3: the city's notes, not the Träger's. Its keys are the fields of
 * `pruefungSchema`, not of the filing, so it stays out of `VN_LABELS` and of every finding.
 */
export const VN_PRUEFUNG_LABELS = {
  title: "Prüfung (nur Zuwendungsgeber)",
  geprueft: {
    title: "{pruefungGeprueft}",
    name: "Rechnerische Richtigkeit geprüft von",
    datum: "Rechnerische Richtigkeit geprüft am",
    umfang: "Prüfumfang",
    ergebnis: "Ergebnis der Prüfung",
  },
  kenntnis: {
    title: "{pruefungKenntnis}",
    name: "Zur Kenntnis genommen von",
    datum: "Zur Kenntnis genommen am",
  },
  weitergeleitet: {
    title: "{pruefungWeitergeleitet}",
    datum: "{weitergeleitetAm}",
  },
} as const satisfies LabelTree;

export const JB_LABELS = {
  title: "Jahresbericht",
  organisation: {
    title: "1. Angaben zum Organisationsprofil",
    nameRechtsform: "Name und Rechtsform",
    sitz: "Sitz der Geschäftsstelle",
    kontakt: "Kontaktdaten",
    vertretungsberechtigte: "Vertretungsberechtigte Personen",
  },
  gegenstand: {
    title: "2. Gegenstand und Inhalt des Berichts",
    stadtteilhaus: "Stadtteilhaus",
    berichtszeitraum: "Berichtszeitraum",
    name: "Name Stadtteil- und Quartiersmanagement",
    inhalt: "Inhalt: Im Folgenden wird über diese Angebote und Projekte berichtet",
  },
  steckbrief: {
    title: "2.1 Steckbrief Stadtteil",
    wohnsituation: "Zur allgemeinen Wohnsituation und der Bewohnerstruktur",
    infrastruktur: "Zur infrastrukturellen Situation",
    lebenssituation:
      "Zur Lebenssituation der Bewohnerschaft unter Berücksichtigung einzelner Bewohnergruppen",
    angebote: "Zu bestehenden Angeboten und Eigeninitiativen der Bewohnerschaft (z.B. Schlüsselpersonen)",
    image: "Zum Image des Stadtteiles",
  },
  herausforderungen: "2.2 Herausforderungen im Stadtteil",
  loesungsansaetze: {
    title: "2.3 Lösungsansätze",
    zielgruppe: "Zielgruppe",
    leistung: "Leistung",
    erwarteteWirkung: "Erwartete Wirkung",
    stufe: "Stufe der Wirkungstreppe",
  },
  ressourcen: {
    title: "3.1 Eingesetzte Ressourcen (Input)",
    personalkosten: "Personalkosten",
    verwaltung: "Verwaltung- und Leitungskosten",
    sachkosten: "Arbeitsplatzbezogene Sachkosten",
    stadtteilmanagement: "{gegenstand}",
    eigenmittel: "Eigenmittel/Spenden/Weitere Zuwendungen",
    gesamtsumme: "Gesamtsumme",
  },
  personelleRessourcen: {
    title: "3.2 Personelle Ressourcen (Input)",
    gruppe: "Gruppe",
    bezeichnung: "Person/ Organisation (bei Ehrenamtlichen keine Klarnamen)",
    stunden: "Stunden",
    taetigkeiten: "Tätigkeiten",
  },
  leistungen: {
    title: "3.3 Erbrachte Leistungen (Output)",
    art: "Art",
    beschreibung: "Beschreibung",
  },
  wirkungen: {
    title: "3.4 Erreichte Wirkungen (Outcome/Impact)",
    ressourcen: "Eingesetzte Ressourcen",
    leistungen: "Erbrachte Leistungen",
    wirkung: "Erzielte Wirkung",
    stufe: "Stufe der Wirkungstreppe",
  },
  abgleich: {
    title: "3.4 Abgleich Planung und Realität",
    deckungsgleich: "Wo sind Planung und Realität deckungsgleich?",
    differenzen: "In welchen Fällen gibt es Differenzen zwischen Planung und Realität?",
    gruende: "Worin liegen diese begründet?",
  },
  angebote: {
    title: "3.5 Maßnahmen zur begleitenden Evaluation und Qualitätssicherung",
    bezeichnung: "Angebotsbezeichnung",
    verantwortlich: "Verantwortlich",
    zeiten: "Zeiten",
    teilnehmerzahl: "Teilnehmerzahl",
    finanzierung: "Form der Finanzierung",
  },
  ausblick: {
    title: "4. Ausblick",
    rueckschluesse:
      "Welche Rückschlüsse und Lerneffekte können aus den oben dargestellten Erfahrungen/ Beobachtungen gezogen werden?",
    bewaehrt:
      "Was hat sich bewährt bzw. als besonders wirksam herausgestellt und sollte künftig verstärkt werden?",
    chancenRisiken: "Welche Chancen und Risiken treten zu Tage und wie kann mit diesen umgegangen werden?",
    planung:
      "Was muss künftig zusätzlich in der Planung und Zielsetzung für die weitere Stadtteilarbeit berücksichtigt werden?",
  },
} as const satisfies LabelTree;

export type FieldPath = readonly (string | number)[];

const LABELS: Record<FilingKind, LabelTree> = { verwendungsnachweis: VN_LABELS, jahresbericht: JB_LABELS };

/**
 * Human-readable place of a field: ["personal","zeilen",2,"stellenanteil"] →
 * "1. Personalkosten › Zeile 3 › Stellenanteil". Row indexes are shown 1-based. Words of the
 * programme in the programme's pack; neutral ones where the caller knows no programme.
 */
export const labelForPath = (kind: FilingKind, path: FieldPath, programmeId: string | undefined): string => {
  const parts: string[] = [];
  let node: string | LabelTree | undefined = LABELS[kind];
  for (const segment of path) {
    if (typeof segment === "number") {
      parts.push(`Zeile ${segment + 1}`);
      continue;
    }
    // Own keys only: "__proto__" or "constructor" from a client must not walk into Object.prototype.
    const next: string | LabelTree | undefined =
      typeof node === "object" && Object.hasOwn(node, segment) ? node[segment] : undefined;
    if (next === undefined) {
      parts.push(segment);
    } else {
      parts.push(typeof next === "string" ? next : next.title === "Zeile" ? "" : next.title);
    }
    node = next;
  }
  return programmeLabel(parts.filter(Boolean).join(" › "), programmeId);
};

/**
 * Orders two field paths as the form does (section 1 before 2, Name before Datum in section 6,
 * row 2 before row 10) – the key order of the label trees above is the order of the paper.
 */
export const compareFieldPaths = (kind: FilingKind, a: FieldPath, b: FieldPath): number => {
  let node: string | LabelTree | undefined = LABELS[kind];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) {
      if (typeof x === "number" && typeof y === "number") return x - y;
      const keys = typeof node === "object" ? Object.keys(node) : [];
      const rank = (s: string | number) => {
        const at = keys.indexOf(String(s));
        return at === -1 ? keys.length : at;
      };
      return rank(x) - rank(y) || (String(x) < String(y) ? -1 : 1);
    }
    if (typeof x === "string")
      node = typeof node === "object" && Object.hasOwn(node, x) ? node[x] : undefined;
  }
  return a.length - b.length;
};
