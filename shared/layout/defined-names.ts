import type { FilingKind } from "../filing/filing";
import { CHOICE_LISTS } from "./choice-lists";
import { LAYOUTS } from "./layouts";
import { LIST_COLUMNS, META_FIELDS, META_SHEET } from "./meta-layout";

export interface DefinedNameDoc {
  name: string;
  /** "'Verwendungsnachweis'!B12" in the template as written. */
  ref: string;
  kind: FilingKind | "beide";
  label: string;
  meaning: string;
  /** "name" for a defined name, "table" for an Excel table (its columns listed in `meaning`). */
  type: "name" | "table";
}

export const sheetRef = (sheet: string, address: string): string =>
  `'${sheet.replace(/'/g, "''")}'!${address}`;

const absolute = (address: string) => address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

/** Every defined name and table the templates carry, for docs/workbook.md and the add-in. */
export const DEFINED_NAMES: readonly DefinedNameDoc[] = [
  ...Object.values(LAYOUTS).flatMap((layout) => [
    ...layout.fields.map((f): DefinedNameDoc => ({
      name: f.name,
      ref: sheetRef(f.sheet, f.address),
      kind: layout.kind,
      label: f.label,
      meaning: f.formula ? `${f.meaning} (=${f.formula})` : f.meaning,
      type: "name",
    })),
    ...layout.tables.map((t): DefinedNameDoc => ({
      name: t.name,
      ref: sheetRef(t.sheet, t.start),
      kind: layout.kind,
      label: t.label,
      meaning: `Tabelle ab Kopfzeile ${t.start}; Spalten: ${t.columns.map((c) => c.header).join(" · ")}`,
      type: "table",
    })),
  ]),
  ...META_FIELDS.map((m): DefinedNameDoc => ({
    name: m.name,
    ref: sheetRef(META_SHEET, m.address),
    kind: "beide",
    label: m.label,
    meaning: "Metadaten (ausgeblendetes Blatt), nicht ändern",
    type: "name",
  })),
  ...Object.values(CHOICE_LISTS).map((list, i): DefinedNameDoc => ({
    name: list.name,
    ref: sheetRef(META_SHEET, listRange(i, list.options.length)),
    kind: "beide",
    label: list.title,
    meaning: `Auswahlliste: ${list.options.map((o) => o.label).join(" · ")}`,
    type: "name",
  })),
];

/** Column of the i-th dropdown list on the metadata sheet. */
export function listColumn(index: number): string {
  return LIST_COLUMNS[index] ?? "H";
}

/** Range of the i-th dropdown list on the metadata sheet (header in row 1, entries from row 2). */
export function listRange(index: number, length: number, fixed = false): string {
  const column = listColumn(index);
  const range = `${column}2:${column}${length + 1}`;
  return fixed ? absolute(range) : range;
}

export { absolute as absoluteAddress };
