/**
 * The archive's layout and its plain-text index files – readable with unzip, sha256sum and any
 * spreadsheet program, nothing of this product:
 *   <Vorgang>/verlauf.json, verlauf.csv          audit trail with every comment
 *   <Vorgang>/v<n>/original.xlsx | original.json the file as received (or original-entfernt.txt)
 *   <Vorgang>/v<n>/inhalt.json, befunde.json     content and findings of the version
 *   <Vorgang>/v<n>/eingangsbestaetigung.pdf      the receipt, rendered at export
 *   <Vorgang>/v<n>/anlagen/<kind>[-<Belegnr.>]-<id>.<ext>  signed receipts, Belege of the Stichprobe
 *   manifest.json, manifest.csv, SHA256SUMS, LIESMICH.txt
 */
export interface ManifestFile {
  path: string;
  bytes: number;
  sha256: string;
  /** What the file is, in German: „Original“, „Inhalt“, „Befunde“, … */
  art: string;
  filingId?: string;
  version?: number;
}

export const ARCHIVE_FORMAT = { format: "foerderbericht-archiv", formatVersion: 1 } as const;

export const versionFolder = (filingId: string, version: number) => `${filingId}/v${version}`;

/** A CSV cell for German spreadsheet programs: `;`-separated, quoted where needed. */
const cell = (value: string | number | undefined) => {
  const text = value === undefined ? "" : String(value);
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Rows as CSV with a UTF-8 BOM, so Excel and LibreOffice read the umlauts without asking. */
export const toCsv = (
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
) => `\ufeff${[header, ...rows].map((r) => r.map(cell).join(";")).join("\r\n")}\r\n`;

export const MANIFEST_CSV_HEADER = ["Datei", "Art", "Vorgang", "Version", "Bytes", "SHA-256"] as const;

const manifestRow = (f: ManifestFile) => [f.path, f.art, f.filingId, f.version, f.bytes, f.sha256];

export const manifestCsv = (files: readonly ManifestFile[]) =>
  toCsv(MANIFEST_CSV_HEADER, files.map(manifestRow));

/**
 * The index files one line at a time, so the archive writer can spool them as files arrive (flat
 * memory for any number of files). Joined, they are exactly `manifestCsv` and `sha256Sums`.
 */
export const manifestLines = {
  csvHeader: () => toCsv(MANIFEST_CSV_HEADER, []),
  csvRow: (f: ManifestFile) => `${manifestRow(f).map(cell).join(";")}\r\n`,
  sha256Sum: (f: ManifestFile) => `${f.sha256}  ${f.path}\n`,
  /** manifest.json up to its `files` array: format, title, createdAt, scope. */
  jsonHead: (meta: object) =>
    `${JSON.stringify({ ...ARCHIVE_FORMAT, ...meta }, null, 2).replace(/\n}$/, "")},\n  "files": [\n`,
  jsonFile: (f: ManifestFile, first: boolean) => `${first ? "" : ",\n"}    ${JSON.stringify(f)}`,
  jsonTail: (filings: number) => `\n  ],\n  "filings": ${filings}\n}\n`,
};

/** The format `sha256sum -c SHA256SUMS` checks. */
export const sha256Sums = (files: readonly ManifestFile[]) => files.map(manifestLines.sha256Sum).join("");

export const LIESMICH = (title: string, createdAt: string) => `${title}
Erstellt: ${createdAt}

Dieses Archiv enthält alle Versionen der Vorgänge, wie sie eingereicht wurden, und ist ohne den
Förderbericht lesbar:

  <Vorgang>/verlauf.json, verlauf.csv   Verlauf (Einreichen, Prüfschritte) mit allen Kommentaren
  <Vorgang>/v<n>/original.xlsx|.json    die eingereichte Datei, byte-genau
  <Vorgang>/v<n>/original-entfernt.txt  statt des Originals, wenn es nach Ablauf der
                                        Aufbewahrungsfrist geschwärzt wurde (mit der Prüfsumme
                                        des entfernten Originals)
  <Vorgang>/v<n>/inhalt.json            Inhalt der Version (JSON)
  <Vorgang>/v<n>/befunde.json           Befunde der Prüfregeln zur Version
  <Vorgang>/v<n>/eingangsbestaetigung.pdf  Eingangsbestätigung mit SHA-256 des Originals
  <Vorgang>/v<n>/anlagen/               hochgeladene Anlagen (z. B. unterschriebene Bestätigung;
                                        Belege der Stichprobe als beleg-<Belegnr.>-…)

manifest.csv (Semikolon, UTF-8) öffnet jede Tabellenkalkulation; manifest.json enthält dasselbe
maschinenlesbar. Jede Datei ist mit ihrer SHA-256-Prüfsumme verzeichnet. Prüfen:
  sha256sum -c SHA256SUMS
(manifest.json, manifest.csv, SHA256SUMS und diese Datei selbst sind nicht verzeichnet.)
`;
