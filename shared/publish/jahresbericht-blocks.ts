import { LEISTUNGSARTEN, PERSONENGRUPPEN } from "../domain/leistungsarten";
import { wirkungsstufeLabel } from "../domain/wirkungstreppe";
import type { JahresberichtFiling } from "../filing/filing";
import { JB_PROMPTS, type Prompt } from "../filing/jahresbericht-prompts";
import { JB_LABELS as L } from "../filing/labels";
import { formatEuro } from "../money/format-money";
import { defaultProgramParams } from "../programme/params-for-year";
import { renderText } from "../programme/render-text";
import { districtName, traegerName } from "../programme/stammdaten";
import { computeGesamtsumme } from "../rules/compute-gesamtsumme";
import { publishableJahresbericht } from "./publishable-jahresbericht";
import type { Block } from "./report-blocks";

/** The Gliederung of Anlage 1 (Leitfaden zur Erstellung des Jahresberichtes), headings as printed there. */
export const ANLAGE1_HEADINGS = [
  L.organisation.title,
  L.gegenstand.title,
  L.steckbrief.title,
  L.herausforderungen,
  L.loesungsansaetze.title,
  "3. Ressourcen, Leistungen und Wirkungen im Berichtszeitraum",
  L.ressourcen.title,
  L.personelleRessourcen.title,
  L.leistungen.title,
  L.wirkungen.title,
  L.angebote.title,
  L.ausblick.title,
] as const;

const H = ANLAGE1_HEADINGS;
const amount = (cents: number | null) => (cents === null ? "–" : formatEuro(cents));
const stufe = (s: number | null) => (s === null ? "–" : wirkungsstufeLabel(s));
const text = (t: string) => t.trim() || "–";

export const reportTitle = (filing: Pick<JahresberichtFiling, "meta">) =>
  `Jahresbericht ${filing.meta.year} · Stadtteil ${districtName(filing.meta.programmeId, filing.meta.districtId)}`;

/**
 * The publishable Jahresbericht of one district as blocks in the Gliederung of Anlage 1: every
 * section in order, each question and column in the words of the form (JB_LABELS, the one source),
 * volunteers without names (see publishableJahresbericht). Nothing of the Verwendungsnachweis, no
 * findings, no review comments. The PDF renderer and the printable sheet both lay out these blocks.
 */
export const jahresberichtBlocks = (filing: JahresberichtFiling): Block[] => {
  const jb = publishableJahresbericht(filing.data);
  const { programmeId, traegerId } = filing.meta;
  const r = jb.ressourcen;
  const params = defaultProgramParams(filing.meta);
  // Anlage 1's guiding texts, unabridged, with the programme's own name where the form has `{gegenstand}`.
  const prompt = (p: Prompt): Block => ({
    kind: "prompt",
    intro: renderText(p.intro, params),
    items: p.items.map((i) => renderText(i, params)),
  });
  const fields = <K extends string>(labels: Record<K, string>, values: Record<K, string>, keys: K[]) =>
    keys.map((k): [string, string] => [labels[k], text(values[k])]);
  return [
    { kind: "title", text: reportTitle(filing) },
    {
      kind: "subtitle",
      text: `${traegerName(programmeId, traegerId)} · ${L.gegenstand.berichtszeitraum} ${text(jb.gegenstand.berichtszeitraum)}`,
    },
    { kind: "heading", text: H[0] },
    {
      kind: "fields",
      rows: fields(L.organisation, jb.organisation, [
        "nameRechtsform",
        "sitz",
        "kontakt",
        "vertretungsberechtigte",
      ]),
    },
    { kind: "heading", text: H[1] },
    {
      kind: "fields",
      rows: [
        ...fields(L.gegenstand, jb.gegenstand, ["stadtteilhaus", "berichtszeitraum", "name"]),
        [
          L.gegenstand.inhalt,
          jb.gegenstand.inhalt
            .filter((i) => i.trim())
            .map((i) => `– ${i}`)
            .join("\n") || "–",
        ],
      ],
    },
    { kind: "heading", text: H[2] },
    prompt(JB_PROMPTS.steckbrief),
    {
      kind: "fields",
      rows: fields(L.steckbrief, jb.steckbrief, [
        "wohnsituation",
        "infrastruktur",
        "lebenssituation",
        "angebote",
        "image",
      ]),
    },
    { kind: "heading", text: H[3] },
    prompt(JB_PROMPTS.herausforderungen),
    { kind: "paragraph", text: text(jb.herausforderungen) },
    { kind: "heading", text: H[4] },
    {
      kind: "table",
      headers: [
        L.loesungsansaetze.zielgruppe,
        L.loesungsansaetze.leistung,
        L.loesungsansaetze.erwarteteWirkung,
        L.loesungsansaetze.stufe,
      ],
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
        [L.ressourcen.personalkosten, amount(r.personalkosten)],
        [L.ressourcen.verwaltung, amount(r.verwaltung)],
        [L.ressourcen.sachkosten, amount(r.sachkosten)],
        // The form's line names the programme („Stadtteilmanagement“), as its caption does.
        [renderText("{gegenstand}", params), amount(r.stadtteilmanagement)],
        [L.ressourcen.eigenmittel, amount(r.eigenmittel)],
        [L.ressourcen.gesamtsumme, formatEuro(computeGesamtsumme(r))],
      ],
    },
    { kind: "heading", text: H[7] },
    prompt(JB_PROMPTS.personelleRessourcen),
    { kind: "note", text: "Ehrenamtliche werden ohne Namen genannt (Person 1, 2, …)." },
    {
      kind: "table",
      headers: [
        L.personelleRessourcen.gruppe,
        L.personelleRessourcen.bezeichnung,
        L.personelleRessourcen.stunden,
        L.personelleRessourcen.taetigkeiten,
      ],
      spans: [1, 1, 1, 2],
      rows: jb.personelleRessourcen.map((p) => [
        p.gruppe ? renderText(PERSONENGRUPPEN[p.gruppe], params) : "–",
        text(p.bezeichnung),
        p.stunden === null ? "–" : String(p.stunden).replace(".", ","),
        text(p.taetigkeiten),
      ]),
    },
    { kind: "heading", text: H[8] },
    prompt(JB_PROMPTS.leistungen),
    {
      kind: "table",
      headers: [L.leistungen.art, L.leistungen.beschreibung],
      spans: [1, 4],
      rows: jb.leistungen.map((l) => [l.art ? LEISTUNGSARTEN[l.art] : "–", text(l.beschreibung)]),
    },
    { kind: "heading", text: H[9] },
    prompt(JB_PROMPTS.wirkungen),
    {
      kind: "table",
      headers: [L.wirkungen.ressourcen, L.wirkungen.leistungen, L.wirkungen.wirkung, L.wirkungen.stufe],
      spans: [1, 1, 2, 1],
      rows: jb.wirkungen.map((w) => [
        text(w.ressourcen),
        text(w.leistungen),
        text(w.wirkung),
        stufe(w.stufe),
      ]),
    },
    { kind: "subtitle", text: L.abgleich.title },
    prompt(JB_PROMPTS.abgleich),
    { kind: "fields", rows: fields(L.abgleich, jb.abgleich, ["deckungsgleich", "differenzen", "gruende"]) },
    { kind: "heading", text: H[10] },
    prompt(JB_PROMPTS.angebote),
    {
      kind: "table",
      headers: [
        L.angebote.bezeichnung,
        L.angebote.verantwortlich,
        L.angebote.zeiten,
        L.angebote.teilnehmerzahl,
        L.angebote.finanzierung,
      ],
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
    prompt(JB_PROMPTS.ausblick),
    {
      kind: "fields",
      rows: fields(L.ausblick, jb.ausblick, ["rueckschluesse", "bewaehrt", "chancenRisiken", "planung"]),
    },
  ];
};
