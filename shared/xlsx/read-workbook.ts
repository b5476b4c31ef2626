import ExcelJS from "exceljs";
import { filingMetaSchema, type Filing, type FilingKind } from "../filing/filing";
import { cellsToFiling } from "../layout/cells-to-filing";
import { sheetRef } from "../layout/defined-names";
import type { WorkbookCells } from "../layout/filing-to-cells";
import type { FieldPath } from "../filing/labels";
import type { CellValue, TableSpec } from "../layout/layout-types";
import { layoutFor } from "../layout/layouts";
import { META_FIELDS, SUPPORTED_LAYOUT_VERSIONS, isFilingKind, type MetaKey } from "../layout/meta-layout";
import { pathKey } from "../filing/path-access";
import type { Finding } from "../rules/finding";
import { cellLocator, type LocatedTable } from "./cell-locator";
import { inputFinding } from "./input-finding";
import { plainCellValue } from "./plain-cell-value";
import { findTable, locateName } from "./workbook-index";

export interface ReadWorkbookResult {
  /** Null only when the file is no workbook of ours at all (an EINGABE-MAPPE finding says why). */
  filing: Filing | null;
  /** EINGABE-* findings, each with the cell, e.g. `'Verwendungsnachweis'!B12`. */
  findings: Finding[];
  /** Where a field of the filing lives in this workbook now. */
  cellOf: (path: FieldPath) => string | undefined;
}

const NOT_OURS =
  "Die Arbeitsmappe ist keine Vorlage des Förderberichts (Metadaten zu Art, Träger, Stadtteil und Jahr fehlen). Bitte eine neue Vorlage erstellen und die Angaben dorthin übernehmen.";

const notOurs = (message: string, kind: FilingKind = "verwendungsnachweis"): ReadWorkbookResult => ({
  filing: null,
  findings: [inputFinding(kind, "EINGABE-MAPPE", [], message)],
  cellOf: () => undefined,
});

const normalizeHeader = (h: string) => h.trim().toLowerCase().replace(/\s+/g, " ");

const toArrayBuffer = (buffer: Buffer | ArrayBuffer | Uint8Array): ArrayBuffer =>
  buffer instanceof ArrayBuffer
    ? buffer
    : (buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);

/** Table columns bound by header; by position only when headers were renamed but the shape is the same. */
const bindColumns = (spec: TableSpec, names: string[], firstCol: number): (number | undefined)[] => {
  const byName = spec.columns.map((c) =>
    names.findIndex((n) => normalizeHeader(n) === normalizeHeader(c.header)),
  );
  const samePlaces = names.length === spec.columns.length;
  return byName.map((i, c) => (i >= 0 ? firstCol + i : samePlaces ? firstCol + c : undefined));
};

/**
 * Reads a workbook written by `writeWorkbook` – also after users inserted table rows, renamed or
 * reordered sheets, re-formatted cells or added sheets of their own: it binds by defined names and
 * table names only. Unreadable cells become EINGABE-* findings at their cell, never a silent 0.
 */
export const readWorkbook = async (
  buffer: Buffer | ArrayBuffer | Uint8Array,
): Promise<ReadWorkbookResult> => {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(toArrayBuffer(buffer));
  } catch {
    return notOurs(
      "Die Datei ist keine lesbare Excel-Arbeitsmappe (.xlsx). Bitte die Datei im Format .xlsx speichern.",
    );
  }
  const metaValue = (key: MetaKey) => {
    const field = META_FIELDS.find((m) => m.key === key)!;
    const at = locateName(workbook, field.name);
    return at ? plainCellValue(at.sheet.getCell(at.address)) : null;
  };
  const kind = metaValue("kind");
  if (!isFilingKind(kind)) return notOurs(NOT_OURS);
  const meta = filingMetaSchema.safeParse({
    traegerId: metaValue("traegerId"),
    districtId: metaValue("districtId"),
    year: Number(metaValue("year")),
  });
  if (!meta.success) return notOurs(NOT_OURS, kind);

  const layout = layoutFor(kind);
  const findings: Finding[] = [];
  const version = Number(metaValue("layoutVersion"));
  if (!SUPPORTED_LAYOUT_VERSIONS.includes(version))
    findings.push(
      inputFinding(
        kind,
        "EINGABE-MAPPE",
        [],
        `Die Vorlage hat die Layout-Version ${String(version)}, die dieses Programm nicht kennt. Bitte eine aktuelle Vorlage verwenden.`,
      ),
    );
  const cells: WorkbookCells = { fields: {}, tables: {} };
  const fieldRefs = new Map<string, string>();
  // The city's Prüfung is no part of the filing: whatever stands there is never read.
  for (const field of layout.fields.filter((f) => !f.pruefung)) {
    const at = locateName(workbook, field.name);
    if (!at) {
      findings.push(
        inputFinding(
          kind,
          "EINGABE-MAPPE",
          field.path ?? [],
          `Der Name „${field.name}“ (${field.label}) fehlt in der Arbeitsmappe; das Feld bleibt leer. Bitte die Zeile nicht löschen oder die Vorlage neu erstellen.`,
        ),
      );
      continue;
    }
    cells.fields[field.name] = plainCellValue(at.sheet.getCell(at.address));
    if (field.path) fieldRefs.set(pathKey(field.path), sheetRef(at.sheet.name, at.address));
  }
  const located: LocatedTable[] = [];
  for (const spec of layout.tables) {
    const found = findTable(workbook, spec.name);
    if (!found) {
      findings.push(
        inputFinding(
          kind,
          "EINGABE-MAPPE",
          spec.path,
          `Die Tabelle „${spec.name}“ (${spec.label}) fehlt in der Arbeitsmappe; ihre Zeilen bleiben leer.`,
        ),
      );
      continue;
    }
    const columns = bindColumns(spec, found.columns, found.firstCol);
    spec.columns.forEach((column, c) => {
      if (columns[c] === undefined)
        findings.push(
          inputFinding(
            kind,
            "EINGABE-MAPPE",
            spec.path,
            `In der Tabelle „${spec.name}“ fehlt die Spalte „${column.header}“; sie bleibt leer.`,
          ),
        );
    });
    const rows: CellValue[][] = [];
    for (let r = found.firstRow; r <= found.lastRow; r++) {
      const row = found.sheet.getRow(r);
      rows.push(columns.map((col) => (col === undefined ? null : plainCellValue(row.getCell(col)))));
    }
    cells.tables[spec.name] = rows;
    located.push({ spec, found, columns, rowIndexes: [] });
  }
  const result = cellsToFiling(kind, meta.data, cells);
  for (const t of located) t.rowIndexes = result.rowIndexes[t.spec.name] ?? [];
  const cellOf = cellLocator(fieldRefs, located);
  for (const issue of result.issues)
    findings.push(inputFinding(kind, issue.ruleId, issue.path, issue.message, cellOf(issue.path)));
  return { filing: result.filing, findings, cellOf };
};
