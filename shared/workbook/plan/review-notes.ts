import type { FieldPath } from "../../filing/labels";
import { splitSheetRef } from "../cell-address";
import { planCellOf } from "./plan-cells";
import type { CellPlan, SheetPlan, WorkbookPlan } from "./plan-types";
import { LINE_HEIGHT, textLines } from "./styles";

/** A city comment on a version, as the workbook shows it (the API's comment, minus what it needs not). */
export interface ReviewNote {
  /** The field it refers to; its cell is looked up in this workbook. */
  path?: FieldPath;
  /** The cell the reviewer clicked, used when there is no path (e.g. "'Personal'!E6"). */
  cell?: string;
  /** The field's label, or "allgemein". */
  label?: string;
  text: string;
  /** Who wrote it and when (ISO date-time). */
  by?: string;
  at?: string;
}

export const REVIEW_SHEET_NAME = "Rückfragen";

const COLUMNS = [
  { header: "Nr.", width: 6 },
  { header: "Feld", width: 28 },
  { header: "Zelle", width: 22 },
  { header: "Rückfrage", width: 56 },
  { header: "von, am", width: 22 },
];

const dateDe = (iso: string | undefined) => {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? `${m[3]}.${m[2]}.${m[1]}` : "";
};

const byLine = (note: ReviewNote) => [note.by, dateDe(note.at)].filter(Boolean).join(", ");

/** Where a note goes in this workbook: its field's cell, else the cell given, if that sheet exists. */
const placeOf = (plan: WorkbookPlan, cellOf: ReturnType<typeof planCellOf>, note: ReviewNote) => {
  const ref = (note.path && cellOf(note.path)) ?? note.cell;
  const split = ref ? splitSheetRef(ref.split(":")[0]!) : undefined;
  return split && plan.sheets.some((s) => s.name === split.sheet) ? split : undefined;
};

/**
 * The plan with the city's comments in it: each as a note at the cell it refers to (several on one
 * cell joined), and – only on a version the city returned – a first sheet „Rückfragen“ listing them
 * all with field, cell and who asked, asking to resubmit. A version that was checked and forwarded
 * keeps its comments as notes only (notes do not print). The reader ignores both: notes are no
 * values, and the sheet has no defined names.
 */
export const withReviewNotes = (
  plan: WorkbookPlan,
  notes: readonly ReviewNote[],
  { returned }: { returned: boolean },
): WorkbookPlan => {
  if (notes.length === 0) return plan;
  const cellOf = planCellOf(plan);
  const sheets = plan.sheets.map((s) => ({ ...s, notes: [...(s.notes ?? [])] }));
  const rows = notes.map((note, i) => {
    const place = placeOf(plan, cellOf, note);
    if (place) {
      const sheet = sheets.find((s) => s.name === place.sheet)!;
      const text = `Rückfrage ${i + 1}${byLine(note) ? ` (${byLine(note)})` : ""}: ${note.text}`;
      const existing = sheet.notes.find((n) => n.address === place.address);
      if (existing) existing.text += `\n\n${text}`;
      else sheet.notes.push({ address: place.address, text });
    }
    return [
      String(i + 1),
      note.label ?? "allgemein",
      place ? `${place.sheet}!${place.address}` : "–",
      note.text,
      byLine(note),
    ];
  });
  // The list prints as the form's first page: with the same header and footer (filing, „Seite x von y“).
  const form = sheets[0]!.print;
  return { ...plan, sheets: returned ? [reviewSheet(rows, form), ...sheets] : sheets };
};

const reviewSheet = (rows: string[][], form: Pick<SheetPlan["print"], "header" | "footer">): SheetPlan => {
  const widths = COLUMNS.map((c) => c.width);
  const last = String.fromCharCode(64 + COLUMNS.length);
  const cells: CellPlan[] = [
    { address: "A1", value: "Rückfragen der Koordinierungsstelle", style: "title" },
    {
      address: "A2",
      value:
        "Diese Version wurde mit Rückfragen zurückgegeben. Jede Rückfrage steht auch als Notiz an ihrer Zelle (rotes Dreieck in der Zellecke; Zeiger darauf zeigt sie). Bitte die Angaben korrigieren und die Arbeitsmappe erneut einreichen. Dieses Blatt wird beim Einreichen nicht gelesen.",
      style: "note",
      wrap: true,
      vertical: "top",
    },
    ...COLUMNS.map((c, i) => ({
      address: `${String.fromCharCode(65 + i)}4`,
      value: c.header,
      style: "tableHeader" as const,
    })),
  ];
  const rowHeights: Record<number, number> = {
    1: 20,
    2:
      LINE_HEIGHT *
        textLines(
          String(cells[1]!.value),
          widths.reduce((a, b) => a + b, 0),
        ) +
      4,
  };
  rows.forEach((values, r) => {
    const row = 5 + r;
    values.forEach((value, c) =>
      cells.push({
        address: `${String.fromCharCode(65 + c)}${row}`,
        value,
        style: "label",
        wrap: true,
        vertical: "top",
      }),
    );
    const lines = Math.max(...values.map((v, c) => textLines(v, widths[c]!)));
    rowHeights[row] = LINE_HEIGHT * lines + 4;
  });
  return {
    name: REVIEW_SHEET_NAME,
    hidden: false,
    columnWidths: widths,
    rowHeights,
    merges: [`A2:${last}2`],
    cells,
    tables: [],
    validations: [],
    notes: [],
    print: {
      landscape: false,
      titleRows: "4:4",
      header: form.header,
      footer: form.footer,
      breaksAfter: [],
      order: 0,
    },
    frozenRows: 4,
    protect: true,
  };
};
