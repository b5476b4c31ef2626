import type { FilingKind } from "../domain/filing-kinds";
import { filingMetaSchema, type Filing } from "../filing/filing";
import type { FieldPath } from "../filing/labels";
import { getIn, pathKey, setIn } from "../filing/path-access";
import { withDerivedFields } from "../layout/derived-fields";
import { defaultProgramParams } from "../programme/params-for-year";
import { programmeLabel } from "../programme/render-text";
import { cellsToFiling, type CellIssue } from "../layout/cells-to-filing";
import { sheetRef } from "../layout/defined-names";
import type { WorkbookCells } from "../layout/filing-to-cells";
import type { CellValue, FormLayout } from "../layout/layout-types";
import { layoutFor } from "../layout/layouts";
import type { AbsentField } from "./older-template-note";
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
  /** Fields of today's layout this workbook was issued without (`since` after its version). */
  absentFields: readonly AbsentField[];
  /**
   * The workbook holds none of a template's metadata – a blank workbook, nothing done yet. The task
   * pane then prompts for a template instead of reporting a Fehler; the CLI and the API still refuse.
   */
  noTemplate?: true;
}

const NOT_OURS =
  "Die Arbeitsmappe ist keine Vorlage des Förderberichts (Metadaten zu Art, Träger, Stadtteil und Jahr fehlen). Bitte eine neue Vorlage erstellen und die Angaben dorthin übernehmen.";

export const notOurs = (message: string, kind: FilingKind = "verwendungsnachweis"): ReadWorkbookResult => ({
  filing: null,
  findings: [inputFinding(kind, "EINGABE-MAPPE", [], message)],
  cellOf: () => undefined,
  layoutVersion: 0,
  absentFields: [],
});

type MetaKey = (typeof META_FIELDS)[number]["key"];

/**
 * The filing in a workbook snapshot, whatever host read it. Binds by defined names and table names
 * only, so inserted rows, renamed or reordered sheets and own sheets do not matter. Unreadable cells
 * become EINGABE-* findings at their cell, never a silent 0; names a workbook of an older layout
 * version never had read as empty.
 */
/** The filing with each listed stated result set to what the workbook's formulas compute from the inputs. */
const withStatedResultsFromInputs = (filing: Filing, paths: readonly FieldPath[]): Filing => {
  if (paths.length === 0) return filing;
  // The filing was just built from the cells and is nobody else's yet: set the results in place.
  const derived = withDerivedFields(filing, defaultProgramParams(filing.meta));
  for (const path of paths) setIn(filing.data, path, getIn(derived.data, path));
  return filing;
};

export const readSnapshot = (
  snapshot: WorkbookSnapshot,
  /** Today's layout of the kind; a test passes tomorrow's to read yesterday's workbook with it. */
  layoutOf: (kind: FilingKind) => FormLayout = layoutFor,
): ReadWorkbookResult => {
  const meta = (key: MetaKey): CellValue => {
    const field = META_FIELDS.find((m) => m.key === key)!;
    return snapshot.names[field.name]?.value ?? null;
  };
  const kind = meta("kind");
  if (!isFilingKind(kind))
    return META_FIELDS.some((m) => snapshot.names[m.name])
      ? notOurs(NOT_OURS)
      : { ...notOurs(NOT_OURS), noTemplate: true };
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

  const layout = layoutOf(kind);
  const findings: Finding[] = [];
  const absentFields: AbsentField[] = [];
  const { programmeId: ofProgramme } = parsedMeta.data;
  const missing = (path: readonly (string | number)[], message: string) =>
    findings.push(inputFinding(kind, "EINGABE-MAPPE", path, message, undefined, ofProgramme));
  // A field's label as this programme words it („Höchstbetrag {budgetName}“).
  const labelOf = (field: { label: string }) => programmeLabel(field.label, ofProgramme);
  if (!SUPPORTED_LAYOUT_VERSIONS.includes(version))
    missing(
      [],
      `Die Vorlage hat die Layout-Version ${String(meta("layoutVersion"))}, die dieses Programm nicht kennt. Bitte eine aktuelle Vorlage verwenden.`,
    );
  const cells: WorkbookCells = { fields: {}, tables: {} };
  const fieldRefs = new Map<string, string>();
  const issues: CellIssue[] = [];
  // Results whose formula is intact are taken from the inputs, not from what the file cached: a
  // file saved without recalculation, or a text amount Excel skipped, must not put findings on
  // locked cells. A typed-over result keeps its value and is reported at its cell.
  const fromInputs: FieldPath[] = [];
  // The city's Prüfung is no part of the filing: whatever stands there is never read.
  for (const field of layout.fields.filter((f) => !f.pruefung)) {
    const at = snapshot.names[field.name];
    if (!at) {
      if (hasName(version, field.since))
        missing(
          field.path ?? [],
          `Der Name „${field.name}“ (${labelOf(field)}) fehlt in der Arbeitsmappe; das Feld bleibt leer. Bitte die Zeile nicht löschen oder die Vorlage neu erstellen.`,
        );
      else if (field.path)
        absentFields.push({ path: field.path, label: labelOf(field), since: field.since! });
      continue;
    }
    cells.fields[field.name] = at.value;
    if (field.findingPath) fieldRefs.set(pathKey(field.findingPath), sheetRef(at.sheet, at.address));
    if (!field.path) continue;
    fieldRefs.set(pathKey(field.path), sheetRef(at.sheet, at.address));
    if (!field.formula) continue;
    if (at.formula !== false) fromInputs.push(field.path);
    else if (!field.overridable)
      issues.push({
        path: field.path,
        ruleId: "EINGABE-FORMEL",
        message: `Hier wird „${labelOf(field)}“ berechnet; die Formel wurde durch einen festen Wert ersetzt. Bitte die Vorlage neu erstellen oder die Formel wiederherstellen (=${field.formula}).`,
      });
  }
  const located: LocatedTable[] = [];
  for (const spec of layout.tables) {
    const table = snapshot.tables[spec.name];
    if (!table) {
      if (hasName(version, spec.since))
        missing(
          spec.path,
          `Die Tabelle „${spec.name}“ (${labelOf(spec)}) fehlt in der Arbeitsmappe; ihre Zeilen bleiben leer.`,
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
    // Rows typed right under the table are read with their real cells, never lost (LibreOffice
    // does not grow a table as Excel does); each is reported, since the sheet's sums skip it.
    cells.tables[spec.name] = [...table.rows, ...table.below].map((row) =>
      columns.map((i) => (i === undefined ? null : (row[i] ?? null))),
    );
    located.push({ spec, table, columns, rowIndexes: [] });
  }
  const result = cellsToFiling(kind, parsedMeta.data, cells);
  for (const t of located) {
    t.rowIndexes = result.rowIndexes[t.spec.name] ?? [];
    t.rowIndexes.forEach((tableRow, i) => {
      if (tableRow >= t.table.rows.length)
        issues.push({
          path: [...t.spec.path, i],
          ruleId: "EINGABE-ZEILE",
          message: `Diese Zeile steht unter der Tabelle „${labelOf(t.spec)}“ und gehört nicht zu ihr: die Summen der Arbeitsmappe erfassen sie nicht. Bitte die Tabelle um die Zeile erweitern (in LibreOffice: in der Tabelle eine Zeile einfügen und die Angaben dorthin verschieben; in Excel: die Tabelle über „Tabellengröße ändern“ vergrößern).`,
        });
    });
  }
  const filing = withStatedResultsFromInputs(result.filing, fromInputs);
  const cellOf = cellLocator(fieldRefs, located);
  // A result whose formula is intact shows whatever its inputs make of it (#WERT!, a text amount
  // passed through): the cause is reported at the input the user can change, never here too.
  const computed = new Set(fromInputs.map(pathKey));
  const cellIssues = result.issues.filter((issue) => !computed.has(pathKey(issue.path)));
  for (const issue of [...cellIssues, ...issues])
    findings.push(
      inputFinding(kind, issue.ruleId, issue.path, issue.message, cellOf(issue.path), ofProgramme),
    );
  return { filing, findings, cellOf, layoutVersion: version, absentFields };
};
