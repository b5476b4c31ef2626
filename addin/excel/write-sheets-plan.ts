import { columnLetter, parseAddress, toAddress } from "../../shared/workbook/cell-address";
import type { PlannedSheet, SheetsPlan } from "../template/filing-sheets-plan";
import { OPTIONAL_FEATURES, excelApiSupported } from "./excel-api";

/**
 * Cells queued per round trip. A filing fits into one (200 Personal rows are ~1,500 cells); only a
 * bigger write is split, so no request nears Office on the web's payload limit, and each part
 * reports progress.
 */
export const CHUNK_CELLS = 20_000;

export class SheetExistsError extends Error {
  constructor(readonly sheet: string) {
    super(
      `Die Arbeitsmappe hat schon ein Blatt „${sheet}“. Bitte eine neue, leere Arbeitsmappe öffnen (Datei → Neu) und dort einfügen.`,
    );
  }
}

type Scalar = string | number | boolean;

/** Excel reads text starting with "=" as a formula; the apostrophe keeps it text. */
const asValue = (v: Scalar | null | undefined): Scalar =>
  v === null || v === undefined ? "" : typeof v === "string" && v.startsWith("=") ? `'${v}` : v;

/** The sheet's used block as row bands of at most CHUNK_CELLS: values and number formats. */
const bands = (sheet: PlannedSheet) => {
  const at = sheet.cells.map((c) => ({ ...c, pos: parseAddress(c.address) }));
  const rows = Math.max(1, ...at.map((c) => c.pos.row));
  const cols = Math.max(1, ...at.map((c) => c.pos.col));
  const values: Scalar[][] = Array.from({ length: rows }, () => Array<Scalar>(cols).fill(""));
  const formats: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill("General"));
  for (const c of at) {
    if (c.formula === undefined) values[c.pos.row - 1]![c.pos.col - 1] = asValue(c.value);
    if (c.numberFormat) formats[c.pos.row - 1]![c.pos.col - 1] = c.numberFormat;
  }
  const perBand = Math.max(1, Math.floor(CHUNK_CELLS / cols));
  const out: { address: string; values: Scalar[][]; formats: string[][] }[] = [];
  for (let first = 0; first < rows; first += perBand) {
    const last = Math.min(rows, first + perBand) - 1;
    out.push({
      address: `A${first + 1}:${toAddress({ row: last + 1, col: cols })}`,
      values: values.slice(first, last + 1),
      formats: formats.slice(first, last + 1),
    });
  }
  return out;
};

/** Layout widths are characters of the default font; Excel takes points. */
const points = (chars: number) => Math.round((chars * 7 + 5) * 0.75);

/**
 * Writes a plan into the open workbook as new sheets, in one `Excel.run`: one round trip to see which
 * sheets exist (nothing is overwritten), one for everything else – values and number formats per
 * sheet as whole blocks, then tables and names, then the formulas that refer to them. Events stay off
 * while it writes (where Excel can switch them off), so the live check does not run on each block.
 */
export const writeSheetsPlan = (
  plan: SheetsPlan,
  onProgress: (done: number, total: number) => void = () => undefined,
  supported = excelApiSupported,
) =>
  Excel.run(async (context) => {
    const existing = context.workbook.worksheets.load("items/name");
    await context.sync();
    const taken = new Set(existing.items.map((s) => s.name.toLowerCase()));
    const clash = plan.sheets.find((s) => taken.has(s.name.toLowerCase()));
    if (clash) throw new SheetExistsError(clash.name);

    const eventsOff = supported(OPTIONAL_FEATURES.calculatedEvents.version);
    if (eventsOff) context.runtime.enableEvents = false;
    const parts = plan.sheets.map((sheet) => ({ sheet, bands: bands(sheet) }));
    const total = parts.reduce((n, p) => n + p.bands.length, 0);
    let done = 0;
    let queued = 0;
    try {
      for (const { sheet, bands: sheetBands } of parts) {
        const ws = context.workbook.worksheets.add(sheet.name);
        for (const band of sheetBands) {
          const range = ws.getRange(band.address);
          range.values = band.values;
          range.numberFormat = band.formats;
          queued += band.values.length * (band.values[0]?.length ?? 0);
          done += 1;
          // Only a write bigger than one chunk takes more round trips; each reports progress.
          if (queued >= CHUNK_CELLS && done < total) {
            await context.sync();
            queued = 0;
            onProgress(done, total);
          }
        }
        sheet.columnWidths.forEach(
          (w, i) => (ws.getRange(`${columnLetter(i + 1)}1`).format.columnWidth = points(w)),
        );
      }
      for (const table of plan.tables) {
        const t = context.workbook.tables.add(`'${table.sheet.replace(/'/g, "''")}'!${table.range}`, true);
        t.name = table.name;
      }
      for (const name of plan.names)
        context.workbook.names.add(
          name.name,
          context.workbook.worksheets.getItem(name.sheet).getRange(name.address),
        );
      for (const sheet of plan.sheets) {
        const ws = context.workbook.worksheets.getItem(sheet.name);
        for (const cell of sheet.cells.filter((c) => c.formula !== undefined))
          ws.getRange(cell.address).formulas = [[`=${cell.formula}`]];
        if (sheet.hidden) ws.visibility = "Hidden";
      }
      const first = plan.sheets.find((s) => !s.hidden);
      if (first) context.workbook.worksheets.getItem(first.name).activate();
      if (eventsOff) context.runtime.enableEvents = true;
      await context.sync();
      onProgress(total, total);
    } catch (err) {
      // A failed batch must not leave the user's Excel without events.
      if (eventsOff) {
        context.runtime.enableEvents = true;
        await context.sync().catch(() => undefined);
      }
      throw err;
    }
  });
