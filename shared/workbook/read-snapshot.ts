import type { FilingKind } from "../domain/forms";
import { filingMetaSchema, type Filing } from "../filing/filing";
import { pathKey } from "../filing/path-access";
import { cellsToFiling } from "../layout/cells-to-filing";
import { sheetRef } from "../layout/defined-names";
import type { WorkbookCells } from "../layout/filing-to-cells";
import type { CellValue } from "../layout/layout-types";
import { layoutFor } from "../layout/layouts";
import { META_FIELDS, SUPPORTED_LAYOUT_VERSIONS, hasName, isFilingKind } from "../layout/meta-layout";
import { findProgramme, LEGACY_PROGRAMME_ID } from "../programme/programmes";
import type { Finding } from "../rules/finding";
import { bindColumns } from "./bind-columns";
import { cellLocator, type CellOf, type LocatedTable } from "./cell-locator";
import { inputFinding } from "./input-finding";
import type { WorkbookSnapshot } from "./workbook-host";

export interface ReadWorkbookResult {
  /** Null only when the file is no workbook of ours at all (an EINGABE-MAPPE finding says why). */
  filing: Filing | null;
  /** EINGABE-* findings, each with the cell, e.g. `'Verwendungsnachweis'!B12`. */
  findings: Finding[];
  /** Where a field of the filing lives in this workbook now. */
  cellOf: CellOf;
  /** Layout version the workbook was made with (0 when it is not ours). */
  layoutVersion: number;
}

const NOT_OURS =
  "Die Arbeitsmappe ist keine Vorlage des Förderberichts (Metadaten zu Art, Träger, Stadtteil und Jahr fehlen). Bitte eine neue Vorlage erstellen und die Angaben dorthin übernehmen.";

export const notOurs = (message: string, kind: FilingKind = "verwendungsnachweis"): ReadWorkbookResult => ({
  filing: null,
  findings: [inputFinding(kind, "EINGABE-MAPPE", [], message)],
  cellOf: () => undefined,
  layoutVersion: 0,
});

type MetaKey = (typeof META_FIELDS)[number]["key"];

/**
 * The filing in a workbook snapshot, whatever host read it. Binds by defined names and table names
 * only, so inserted rows, renamed or reordered sheets and own sheets do not matter. Unreadable cells
 * become EINGABE-* findings at their cell, never a silent 0; names a workbook of an older layout
 * version never had read as empty.
 */
export const readSnapshot = (snapshot: WorkbookSnapshot): ReadWorkbookResult => {
  const meta = (key: MetaKey): CellValue => {
    const field = META_FIELDS.find((m) => m.key === key)!;
    return snapshot.names[field.name]?.value ?? null;
  };
  const kind = meta("kind");
  if (!isFilingKind(kind)) return notOurs(NOT_OURS);
  const version = Number(meta("layoutVersion"));
  // Layout 1 predates programmes: every workbook of it belongs to Lüneburg's Stadtteilmanagement.
  const programmeId = meta("programmeId") ?? (version === 1 ? LEGACY_PROGRAMME_ID : null);
  const parsedMeta = filingMetaSchema.safeParse({
    programmeId,
    traegerId: meta("traegerId"),
    districtId: meta("districtId"),
    year: Number(meta("year")),
  });
  if (!parsedMeta.success) return notOurs(NOT_OURS, kind);
  if (!findProgramme(parsedMeta.data.programmeId))
    return notOurs(
      `Die Arbeitsmappe gehört zum Förderprogramm „${parsedMeta.data.programmeId}“, das hier nicht bekannt ist. Bitte eine Vorlage des richtigen Programms verwenden.`,
      kind,
    );

  const layout = layoutFor(kind);
  const findings: Finding[] = [];
  const missing = (path: readonly (string | number)[], message: string) =>
    findings.push(inputFinding(kind, "EINGABE-MAPPE", path, message));
  if (!SUPPORTED_LAYOUT_VERSIONS.includes(version))
    missing(
      [],
      `Die Vorlage hat die Layout-Version ${String(meta("layoutVersion"))}, die dieses Programm nicht kennt. Bitte eine aktuelle Vorlage verwenden.`,
    );
  const cells: WorkbookCells = { fields: {}, tables: {} };
  const fieldRefs = new Map<string, string>();
  // The city's Prüfung is no part of the filing: whatever stands there is never read.
  for (const field of layout.fields.filter((f) => !f.pruefung)) {
    const at = snapshot.names[field.name];
    if (!at) {
      if (hasName(version, field.since))
        missing(
          field.path ?? [],
          `Der Name „${field.name}“ (${field.label}) fehlt in der Arbeitsmappe; das Feld bleibt leer. Bitte die Zeile nicht löschen oder die Vorlage neu erstellen.`,
        );
      continue;
    }
    cells.fields[field.name] = at.value;
    if (field.path) fieldRefs.set(pathKey(field.path), sheetRef(at.sheet, at.address));
  }
  const located: LocatedTable[] = [];
  for (const spec of layout.tables) {
    const table = snapshot.tables[spec.name];
    if (!table) {
      if (hasName(version, spec.since))
        missing(
          spec.path,
          `Die Tabelle „${spec.name}“ (${spec.label}) fehlt in der Arbeitsmappe; ihre Zeilen bleiben leer.`,
        );
      continue;
    }
    const columns = bindColumns(spec, table.headers);
    spec.columns.forEach((column, c) => {
      if (columns[c] === undefined)
        missing(
          spec.path,
          `In der Tabelle „${spec.name}“ fehlt die Spalte „${column.header}“; sie bleibt leer.`,
        );
    });
    cells.tables[spec.name] = table.rows.map((row) =>
      columns.map((i) => (i === undefined ? null : (row[i] ?? null))),
    );
    located.push({ spec, table, columns, rowIndexes: [] });
  }
  const result = cellsToFiling(kind, parsedMeta.data, cells);
  for (const t of located) t.rowIndexes = result.rowIndexes[t.spec.name] ?? [];
  const cellOf = cellLocator(fieldRefs, located);
  for (const issue of result.issues)
    findings.push(inputFinding(kind, issue.ruleId, issue.path, issue.message, cellOf(issue.path)));
  return { filing: result.filing, findings, cellOf, layoutVersion: version };
};
