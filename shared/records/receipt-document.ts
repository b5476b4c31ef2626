import { FILING_KIND_LABELS } from "../domain/filing-kinds";
import { filingAmounts } from "../consolidate/filing-amounts";
import type { VersionRecord } from "../api/records";
import { formatEuro } from "../money/format-money";
import { districtName, traegerName } from "../programme/stammdaten";
import type { PublicationDocument } from "../publish/publication-document";
import type { Block } from "../publish/report-blocks";
import type { Pruefvermerk } from "../pruefung/pruefvermerk";
import { pruefvermerkBlocks } from "./pruefvermerk-blocks";

const berlin = new Intl.DateTimeFormat("de-DE", {
  timeZone: "Europe/Berlin",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** „15.01.2026, 11:00 Uhr“ in the city's time zone, whatever the server's. */
export const formatBerlinTime = (iso: string) => `${berlin.format(new Date(iso))} Uhr`;

const money = (cents: number | null) => (cents === null ? "—" : formatEuro(cents));

/** The figures the receipt binds the signature to: what the Rechnungsprüfung compares first. */
const keyFigures = (version: VersionRecord): [string, string][] => {
  const a = filingAmounts(version.content);
  if (version.content.kind === "verwendungsnachweis")
    return [
      ["Zuschuss", money(a.zuschuss)],
      ["Weitere Einnahmen", money(a.weitereEinnahmen)],
      ["Personalkosten", money(a.personal)],
      ["Verwaltungskosten", money(a.verwaltung)],
      ["Sachkosten", money(a.sachkosten)],
      ["Budget", money(a.budget)],
      ["Kostensumme", money(a.kostensumme)],
      ["Differenz", money(a.differenz)],
    ];
  return [
    ["Ressourcen (Kostensumme)", money(a.kostensumme)],
    ["Eigenmittel", money(a.weitereEinnahmen)],
    ["Teilnehmende (Summe 3.5)", a.teilnehmer.toLocaleString("de-DE")],
    ["Wirkungen", a.wirkungenJeStufe.reduce((s, n) => s + n, 0).toLocaleString("de-DE")],
  ];
};

/**
 * The Eingangsbestätigung of one stored version: who sent what when, the key figures, the SHA-256
 * of the original as received, and the signature block of Anlage 3 („Name / Träger / Stempel“).
 * Signed and uploaded again, it binds the paper signature to exactly this electronic version.
 * A version the Koordinierungsstelle has checked also shows its Prüfvermerk (section 6).
 */
export const receiptDocument = (version: VersionRecord, pruefvermerk?: Pruefvermerk): PublicationDocument => {
  const { meta, kind } = version.content;
  const form = FILING_KIND_LABELS[kind];
  const signer = version.signer;
  const blocks: Block[] = [
    { kind: "title", text: `Eingangsbestätigung – ${form} ${meta.year}` },
    {
      kind: "fields",
      rows: [
        ["Träger", traegerName(meta.programmeId, meta.traegerId)],
        ["Stadtteil", districtName(meta.programmeId, meta.districtId)],
        ["Förderjahr", String(meta.year)],
        ["Formular", form],
        ["Version", String(version.version)],
        ["Vorgang", version.filingId],
        ["Eingereicht am", formatBerlinTime(version.submittedAt)],
        ["Eingereicht von", version.submittedBy.name],
        [
          "Unterzeichner*in",
          signer
            ? [signer.name, signer.funktion, signer.datum].filter(Boolean).join(", ")
            : "im Formular nicht vorgesehen",
        ],
        ["Eingereicht als", version.source === "xlsx" ? "Excel-Arbeitsmappe (.xlsx)" : "JSON"],
      ],
    },
    { kind: "heading", text: "Kennzahlen" },
    { kind: "fields", rows: keyFigures(version) },
    ...(pruefvermerk ? pruefvermerkBlocks(pruefvermerk, meta.programmeId) : []),
    { kind: "heading", text: "Prüfsumme der eingereichten Datei (SHA-256)" },
    { kind: "paragraph", text: version.sha256 },
    {
      kind: "note",
      text: "Die Prüfsumme identifiziert die eingereichte Datei eindeutig: Jede Änderung an ihr ergibt eine andere Prüfsumme. Die Datei ist im Förderbericht unter dieser Version abrufbar.",
    },
    { kind: "heading", text: "Rechtsverbindliche Unterschrift" },
    {
      kind: "paragraph",
      text: "Hiermit wird bestätigt, dass die oben bezeichnete Version mit der angegebenen Prüfsumme eingereicht wurde und ihre Angaben richtig und vollständig sind.",
    },
    {
      kind: "table",
      headers: ["Ort, Datum", "Name / Träger / Stempel"],
      spans: [2, 3],
      rows: [["\n\n\n", "\n\n\n"]],
    },
  ];
  return {
    title: `Eingangsbestätigung ${version.filingId} Version ${version.version}`,
    header: `${form} ${meta.year} · ${districtName(meta.programmeId, meta.districtId)} · Version ${version.version}`,
    footer: `SHA-256 ${version.sha256.slice(0, 16)}…`,
    parts: [{ id: "eingangsbestaetigung", blocks }],
  };
};
