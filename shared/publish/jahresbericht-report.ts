import { LEISTUNGSARTEN, PERSONENGRUPPEN } from "../domain/leistungsarten";
import { wirkungsstufeLabel } from "../domain/wirkungstreppe";
import type { JahresberichtFiling } from "../filing/filing";
import { formatEuro } from "../money/format-money";
import { districtName, traegerName } from "../programme/stammdaten";
import { computeGesamtsumme } from "../rules/compute-gesamtsumme";
import type { SheetPlan } from "../workbook/plan/plan-types";
import { publishableJahresbericht } from "./publishable-jahresbericht";
import { layoutReport, type Block } from "./report-blocks";

/** The Gliederung of Anlage 1 (Leitfaden zur Erstellung des Jahresberichtes), headings as printed there. */
export const ANLAGE1_HEADINGS = [
  "1. Angaben zum Organisationsprofil",
  "2. Gegenstand und Inhalt des Berichts",
  "2.1 Steckbrief Stadtteil",
  "2.2 Herausforderungen im Stadtteil",
  "2.3 Lösungsansätze",
  "3. Ressourcen, Leistungen und Wirkungen im Berichtszeitraum",
  "3.1 Eingesetzte Ressourcen (Input)",
  "3.2 Personelle Ressourcen (Input)",
  "3.3 Erbrachte Leistungen (Output)",
  "3.4 Erreichte Wirkungen (Outcome/Impact)",
  "3.5 Maßnahmen zur begleitenden Evaluation und Qualitätssicherung",
  "4. Ausblick",
] as const;

const H = ANLAGE1_HEADINGS;
const amount = (cents: number | null) => (cents === null ? "–" : formatEuro(cents));
const stufe = (s: number | null) => (s === null ? "–" : wirkungsstufeLabel(s));
const text = (t: string) => t.trim() || "–";

export const reportTitle = (filing: Pick<JahresberichtFiling, "meta">) =>
  `Jahresbericht ${filing.meta.year} · Stadtteil ${districtName(filing.meta.programmeId, filing.meta.districtId)}`;

/**
 * The publishable Jahresbericht of one district as a printable sheet in the Gliederung of Anlage 1:
 * every section in order, tables as in the Leitfaden, volunteers without names (see
 * publishableJahresbericht). Nothing of the Verwendungsnachweis, no findings, no review comments.
 */
export const jahresberichtReportPlan = (filing: JahresberichtFiling): SheetPlan => {
  const jb = publishableJahresbericht(filing.data);
  const { programmeId, traegerId } = filing.meta;
  const r = jb.ressourcen;
  const blocks: Block[] = [
    { kind: "title", text: reportTitle(filing) },
    {
      kind: "subtitle",
      text: `${traegerName(programmeId, traegerId)} · Berichtszeitraum ${text(jb.gegenstand.berichtszeitraum)}`,
    },
    { kind: "heading", text: H[0] },
    {
      kind: "fields",
      rows: [
        ["Name und Rechtsform", text(jb.organisation.nameRechtsform)],
        ["Sitz der Geschäftsstelle", text(jb.organisation.sitz)],
        ["Kontaktdaten", text(jb.organisation.kontakt)],
        ["Vertretungsberechtigte Personen", text(jb.organisation.vertretungsberechtigte)],
      ],
    },
    { kind: "heading", text: H[1] },
    {
      kind: "fields",
      rows: [
        ["Stadtteilhaus", text(jb.gegenstand.stadtteilhaus)],
        ["Berichtszeitraum", text(jb.gegenstand.berichtszeitraum)],
        ["Name Stadtteil- und Quartiersmanagement", text(jb.gegenstand.name)],
        [
          "Inhalt",
          `Im Folgenden wird über diese Angebote und Projekte berichtet:\n${jb.gegenstand.inhalt
            .filter((i) => i.trim())
            .map((i) => `– ${i}`)
            .join("\n")}`,
        ],
      ],
    },
    { kind: "heading", text: H[2] },
    {
      kind: "fields",
      rows: [
        ["Wohnsituation und Bewohnerstruktur", text(jb.steckbrief.wohnsituation)],
        ["Infrastrukturelle Situation", text(jb.steckbrief.infrastruktur)],
        ["Lebenssituation der Bewohnerschaft", text(jb.steckbrief.lebenssituation)],
        ["Bestehende Angebote und Eigeninitiativen", text(jb.steckbrief.angebote)],
        ["Image des Stadtteils", text(jb.steckbrief.image)],
      ],
    },
    { kind: "heading", text: H[3] },
    { kind: "paragraph", text: text(jb.herausforderungen) },
    { kind: "heading", text: H[4] },
    {
      kind: "table",
      headers: ["Zielgruppe", "Leistung", "Erwartete Wirkung", "Stufe der Wirkungstreppe"],
      spans: [1, 1, 2, 1],
      rows: jb.loesungsansaetze.map((l) => [
        text(l.zielgruppe),
        text(l.leistung),
        text(l.erwarteteWirkung),
        stufe(l.stufe),
      ]),
    },
    { kind: "heading", text: H[5] },
    { kind: "heading", text: H[6] },
    {
      kind: "table",
      headers: ["Position", "Kosten"],
      spans: [3, 2],
      rows: [
        ["Personalkosten", amount(r.personalkosten)],
        ["Verwaltungs- und Leitungskosten", amount(r.verwaltung)],
        ["Arbeitsplatzbezogene Sachkosten", amount(r.sachkosten)],
        ["Stadtteilmanagement", amount(r.stadtteilmanagement)],
        ["Eigenmittel/Spenden/Weitere Zuwendungen", amount(r.eigenmittel)],
        ["Gesamtsumme", formatEuro(computeGesamtsumme(r))],
      ],
    },
    { kind: "heading", text: H[7] },
    {
      kind: "note",
      text: "Ehrenamtliche werden ohne Namen genannt (Ehrenamtliche Person 1, 2, …).",
    },
    {
      kind: "table",
      headers: ["Gruppe", "Bezeichnung", "Stunden", "Tätigkeiten"],
      spans: [1, 1, 1, 2],
      rows: jb.personelleRessourcen.map((p) => [
        p.gruppe ? PERSONENGRUPPEN[p.gruppe] : "–",
        text(p.bezeichnung),
        p.stunden === null ? "–" : String(p.stunden).replace(".", ","),
        text(p.taetigkeiten),
      ]),
    },
    { kind: "heading", text: H[8] },
    {
      kind: "table",
      headers: ["Art", "Beschreibung"],
      spans: [1, 4],
      rows: jb.leistungen.map((l) => [l.art ? LEISTUNGSARTEN[l.art] : "–", text(l.beschreibung)]),
    },
    { kind: "heading", text: H[9] },
    {
      kind: "table",
      headers: [
        "Eingesetzte Ressourcen",
        "Erbrachte Leistungen",
        "Erzielte Wirkung",
        "Stufe der Wirkungstreppe",
      ],
      spans: [1, 1, 2, 1],
      rows: jb.wirkungen.map((w) => [
        text(w.ressourcen),
        text(w.leistungen),
        text(w.wirkung),
        stufe(w.stufe),
      ]),
    },
    { kind: "subtitle", text: "Abgleich Planung und Realität" },
    {
      kind: "fields",
      rows: [
        ["Wo sind Planung und Realität deckungsgleich?", text(jb.abgleich.deckungsgleich)],
        [
          "In welchen Fällen gibt es Differenzen zwischen Planung und Realität?",
          text(jb.abgleich.differenzen),
        ],
        ["Worin liegen diese begründet?", text(jb.abgleich.gruende)],
      ],
    },
    { kind: "heading", text: H[10] },
    {
      kind: "table",
      headers: ["Angebotsbezeichnung", "Verantwortlich", "Zeiten", "Teilnehmerzahl", "Form der Finanzierung"],
      spans: [1, 1, 1, 1, 1],
      rows: jb.angebote.map((a) => [
        text(a.bezeichnung),
        text(a.verantwortlich),
        text(a.zeiten),
        a.teilnehmerzahl === null ? "–" : String(a.teilnehmerzahl),
        text(a.finanzierung),
      ]),
    },
    { kind: "heading", text: H[11] },
    {
      kind: "fields",
      rows: [
        ["Welche Rückschlüsse und Lerneffekte können gezogen werden?", text(jb.ausblick.rueckschluesse)],
        ["Was hat sich bewährt und sollte künftig verstärkt werden?", text(jb.ausblick.bewaehrt)],
        ["Welche Chancen und Risiken treten zu Tage?", text(jb.ausblick.chancenRisiken)],
        ["Was muss künftig in Planung und Zielsetzung berücksichtigt werden?", text(jb.ausblick.planung)],
      ],
    },
  ];
  const footer = reportTitle(filing).replace(/&/g, "&&");
  return layoutReport("Jahresbericht", blocks, {
    header: `&R&8Veröffentlichung nach Anlage 1 (Social Reporting Standard)`,
    footer: `&L&8${footer}&R&8Seite &P von &N`,
  });
};

export interface ContentsEntry {
  districtId: string;
  traegerId: string;
  /** First page of the district's report in the combined document. */
  page: number;
}

/** Cover and contents of the combined Jahresberichte of a programme's year. */
export const coverPlan = (
  programme: { id: string; name: string; zuwendungsgeber: string },
  year: number,
  entries: readonly ContentsEntry[],
): SheetPlan =>
  layoutReport(
    "Inhalt",
    [
      { kind: "title", text: `Jahresberichte ${year}` },
      { kind: "subtitle", text: programme.name },
      { kind: "paragraph", text: `${programme.zuwendungsgeber} · Koordinierungsstelle Stadtteilarbeit` },
      {
        kind: "note",
        text: "Wirkungsorientierte Berichte der Stadtteile nach dem Leitfaden zur Erstellung des Jahresberichtes (Anlage 1, Social Reporting Standard). Ehrenamtliche werden ohne Namen genannt.",
      },
      { kind: "heading", text: "Inhalt" },
      {
        kind: "table",
        headers: ["Stadtteil", "Träger", "Seite"],
        spans: [2, 2, 1],
        rows: entries.map((e) => [
          districtName(programme.id, e.districtId),
          traegerName(programme.id, e.traegerId),
          String(e.page),
        ]),
      },
    ],
    { header: "", footer: `&L&8Jahresberichte ${year} · ${programme.name.replace(/&/g, "&&")}` },
  );
