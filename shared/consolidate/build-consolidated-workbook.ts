import type { ChartSpec, PlacedChart } from "./chart-spec";
import type { ConsolidationOptions } from "./consolidation-items";
import type { ConsolidationSource } from "./consolidation-source";
import { withCurrentCrossCheckSource } from "./current-cross-check-source";
import { evaluationAccumulator } from "./evaluation";
import { evaluationSheets, stepRows } from "./evaluation-sheets";
import { overviewSheet } from "./overview-sheet";
import { rueckforderungSheet } from "./rueckforderung-sheet";
import {
  headerRowOf,
  leadingRows,
  letterOf,
  numericValue,
  placeRow,
  type Cell,
  type SheetSpec,
} from "./sheet-model";
import { totalsAccumulator } from "./sheet-totals";
import { stackedSheets } from "./stacked-sheets";
import { defaultProgramParams } from "../programme/params-for-year";
import type { ProgramParams } from "../programme/program-params";
import { renderText } from "../programme/render-text";

export type RowPart = "lead" | "data" | "totals";

/** Where a host writes: Office.js (task pane) or exceljs (API, CLI) implement it. */
export interface WorkbookSink {
  /** All sheets, in workbook order, before any is filled. */
  declareSheets(specs: readonly SheetSpec<never>[]): Promise<void>;
  /**
   * Rows `first…` of a sheet, one chunk; chunks of a sheet arrive in order, sheets one after another.
   * `part`: title, notes and headers (lead), data, or the totals rows after the data.
   */
  writeRows(sheet: SheetSpec<never>, first: number, rows: Cell[][], part: RowPart): Promise<void>;
  /** The sheet is complete: `lastDataRow` is its last data row (< first data row when it has none). */
  finishSheet(
    sheet: SheetSpec<never>,
    info: { headerRow: number; lastRow: number; charts: PlacedChart[] },
  ): Promise<void>;
}

export interface BuildOptions extends ConsolidationOptions {
  /**
   * Largest chunk handed to the sink, in bytes of JSON (roughly what Office.js sends): Office.js
   * refuses requests over 5 MB, so the task pane keeps this well below.
   */
  maxChunkBytes?: number;
  onProgress?: (progress: { sheet: string; rows: number }) => void;
}

const DEFAULT_CHUNK_BYTES = 1_000_000;

const estimateBytes = (row: readonly Cell[]) =>
  row.reduce<number>((n, c) => n + (typeof c === "string" ? c.length * 2 + 4 : c === null ? 5 : 24), 8);

/** Fills one sheet from an async sequence of item pages: leading rows, data in chunks, totals, charts. */
const fillSheet = async <Item>(
  sink: WorkbookSink,
  spec: SheetSpec<Item>,
  pages: AsyncIterable<readonly Item[]> | Iterable<readonly Item[]>,
  options: BuildOptions,
  charts: ChartSpec[] = [],
  seen?: (item: Item) => void,
) => {
  const sheet = spec as unknown as SheetSpec<never>;
  await sink.writeRows(sheet, 1, leadingRows(sheet), "lead");
  const headerRow = headerRowOf(spec);
  const totals = totalsAccumulator(sheet);
  const max = options.maxChunkBytes ?? DEFAULT_CHUNK_BYTES;
  let next = headerRow + 1;
  let chunk: Cell[][] = [];
  let chunkStart = next;
  let bytes = 0;
  // Charts cache their data; only the small evaluation sheets have charts, so their rows may stay.
  const kept: Cell[][] = [];
  const flush = async () => {
    if (chunk.length === 0) return;
    await sink.writeRows(sheet, chunkStart, chunk, "data");
    options.onProgress?.({ sheet: spec.name, rows: next - headerRow - 1 });
    chunk = [];
    bytes = 0;
    chunkStart = next;
  };
  for await (const page of pages) {
    for (const item of page) {
      seen?.(item);
      for (const cells of spec.rows(item)) {
        const placed = placeRow(cells, next++);
        totals.add(placed);
        chunk.push(placed);
        if (charts.length) kept.push(placed);
        bytes += estimateBytes(placed);
        if (bytes >= max) await flush();
      }
    }
  }
  await flush();
  const lastRow = next - 1;
  const totalRows = totals.rows(headerRow + 1, lastRow).map((r, i) => placeRow(r, next + i));
  if (totalRows.length) await sink.writeRows(sheet, next, totalRows, "totals");
  const placed: PlacedChart[] = charts.map((c) => {
    const at = (key: string) => spec.columns.findIndex((col) => col.key === key);
    const range = (key: string) => {
      const l = letterOf(spec.columns, key);
      return `'${spec.name}'!$${l}$${headerRow + 1}:$${l}$${Math.max(lastRow, headerRow + 1)}`;
    };
    return {
      title: c.title,
      kind: c.kind,
      sheet: spec.name,
      categories: range(c.categories),
      categoryCache: kept.map((r) => String(r[at(c.categories)] ?? "")),
      series: c.series.map((key) => {
        const l = letterOf(spec.columns, key);
        return {
          name: spec.columns.find((col) => col.key === key)!.header,
          nameRef: `'${spec.name}'!$${l}$${headerRow}`,
          values: range(key),
          cache: kept.map((r) => numericValue(r[at(key)])),
        };
      }),
      // Charts stand below the totals (0-based anchor), so they never cover figures.
      anchor: { ...c.anchor, row: c.anchor.row + lastRow + totalRows.length + 1 },
    };
  });
  await sink.finishSheet(sheet, { headerRow, lastRow, charts: placed });
};

/** A sheet's own words with the programme's texts filled in (`{budgetName}`, `{gegenstand}`). */
const withProgrammeTexts = <S extends Pick<SheetSpec<never>, "title" | "notes" | "columns">>(
  spec: S,
  params: ProgramParams,
): S => ({
  ...spec,
  title: renderText(spec.title, params),
  notes: spec.notes.map((n) => renderText(n, params)),
  columns: spec.columns.map((c) => ({ ...c, header: renderText(c.header, params) })),
});

/**
 * The consolidated workbook of a programme's year, written sheet by sheet into any sink. Memory
 * stays flat: items pass page by page, only totals and a few numbers per district are kept. Each
 * stacked sheet reads its filings again (one pass per sheet) instead of holding them all.
 */
export const buildConsolidatedWorkbook = async (
  given: ConsolidationSource,
  sink: WorkbookSink,
  options: BuildOptions = {},
): Promise<void> => {
  // „Befunde“ compare each Jahresbericht with the current Verwendungsnachweis, not the one at its submit.
  const source = withCurrentCrossCheckSource(given);
  const params = defaultProgramParams(source);
  const texts = <S extends Pick<SheetSpec<never>, "title" | "notes" | "columns">>(spec: S) =>
    withProgrammeTexts(spec, params);
  const overview = texts(overviewSheet(options));
  const stacked = stackedSheets(options).map(texts);
  const rueckforderungen = rueckforderungSheet(options);
  const evaluation = evaluationAccumulator(source.programmeId, source.year);
  const evaluationSheetsOf = (result: Parameters<typeof evaluationSheets>[0]) => {
    const s = evaluationSheets(result, options);
    return {
      effects: texts(s.effects),
      money: texts(s.money),
      yearOverYear: texts(s.yearOverYear),
      plan: texts(s.plan),
    };
  };
  // The evaluation sheets' shapes do not depend on the figures; declare them with an empty evaluation.
  const shapes = evaluationSheetsOf(evaluationAccumulator(source.programmeId, source.year).result());
  const all = [
    overview,
    ...stacked,
    rueckforderungen,
    shapes.effects,
    shapes.money,
    shapes.yearOverYear,
    shapes.plan,
  ];
  await sink.declareSheets(all as unknown as SheetSpec<never>[]);

  await fillSheet(sink, overview, source.overview(), options, [], (item) => {
    evaluation.expect(item.meta.districtId);
    evaluation.add(item);
  });
  for (const spec of stacked)
    await fillSheet(
      sink,
      spec,
      source.contents({ kind: spec.kind, comments: spec.needsComments ?? false }),
      options,
    );
  await fillSheet(
    sink,
    rueckforderungen,
    source.contents({ kind: rueckforderungen.kind, comments: false, pruefung: true }),
    options,
  );
  for await (const page of source.previousYear()) page.forEach(evaluation.add);
  const result = evaluation.result();
  const sheets = evaluationSheetsOf(result);
  await fillSheet(sink, sheets.effects, [result.districts], options, sheets.effects.charts);
  await fillSheet(sink, sheets.money, [stepRows(result)], options);
  await fillSheet(sink, sheets.yearOverYear, [result.districts], options, sheets.yearOverYear.charts);
  await fillSheet(sink, sheets.plan, source.contents({ kind: "jahresbericht", comments: false }), options);
};
