import { splitSheetRef } from "../../shared/workbook/cell-address";
import { sheetRef } from "../../shared/layout/defined-names";
import type { WorkbookPlan } from "../../shared/workbook/plan/plan-types";
import { workbookPlan } from "../../shared/workbook/plan/workbook-plan";
import { readFilingWorkbook } from "../../shared/workbook/read-filing-workbook";
import type { Filing } from "../../shared/filing/filing";
import { applyWorkbookPlan, SheetExistsError } from "../excel/apply-workbook-plan";
import { excelWorkbookHost } from "../excel/excel-workbook-host";
import { highlightCells, restoreFills, type PreviousFill } from "../excel/highlight-cells";
import { readSelection } from "../excel/read-selection";
import { selectCell } from "../excel/select-cell";
import { workbookWatcher } from "../excel/watch-workbook";
import { planCellOf } from "../../shared/workbook/plan/plan-cells";
import { planPathAt } from "../review/plan-path-at";
import { reviewCopyPlan, reviewSheetName } from "../review/review-copy-plan";
import type { PickedCell, WorkbookSurface } from "./workbook-surface";

/** Comments and changes stand out in orange, like a reviewer's marker. */
export const HIGHLIGHT = "#FFD8A8";

/** Inside Excel: the open workbook through the Office.js adapter (addin/excel). */
export const excelSurface = (): WorkbookSurface => {
  const listeners = new Set<() => void>();
  let writing = 0;
  const watcher = workbookWatcher(() => {
    if (writing === 0) for (const l of listeners) l();
  });
  let marked: PreviousFill[] = [];
  /** Opened versions: sheet name → the plan and filing it came from, to name the field at a cell. */
  const opened = new Map<string, { plan: WorkbookPlan; filing: Filing; version: number }>();

  const write = async (plan: WorkbookPlan, progress?: (share: number) => void) => {
    writing += 1;
    try {
      await applyWorkbookPlan(plan, { onProgress: (done, total) => progress?.(done / total) });
    } finally {
      writing -= 1;
    }
    await watcher.watch();
  };

  return {
    kind: "excel",
    canShowCells: true,
    read: () => readFilingWorkbook(excelWorkbookHost()),
    submission: async (read) => {
      if (!read.filing) throw new Error("Die Arbeitsmappe enthält keinen Bericht.");
      return { json: read.filing };
    },
    putTemplate: async (filing, params, progress) => {
      await write(workbookPlan({ filing, params }), progress);
      return "Vorlage eingefügt: die Blätter stehen in dieser Arbeitsmappe.";
    },
    putConsolidated: async ({ year, source, linkBase }, progress) => {
      writing += 1;
      try {
        // Staff-only and large (every sheet builder): its own chunk, loaded on the first click.
        const { writeConsolidated, consolidatedNotice } = await import("../excel/write-consolidated");
        const written = await writeConsolidated(source, { ...(linkBase && { linkBase }), progress });
        await selectCell(sheetRef(written.sheets[0]!, "A1"));
        return consolidatedNotice(year, written);
      } finally {
        writing -= 1;
      }
    },
    openVersion: async ({ filing, params, version, changed = [] }) => {
      const full = workbookPlan({ filing, params });
      const plan = reviewCopyPlan(full, version);
      try {
        await write(plan);
      } catch (err) {
        // A version opened before is the same (versions never change): show it again.
        if (!(err instanceof SheetExistsError)) throw err;
      }
      for (const sheet of plan.sheets) opened.set(sheet.name, { plan: full, filing, version });
      const cellOf = planCellOf(full);
      const refs = changed.flatMap((path) => {
        const split = splitSheetRef(cellOf(path) ?? "");
        return split ? [sheetRef(reviewSheetName(split.sheet, version), split.address)] : [];
      });
      if (refs.length) await highlightCells(refs, HIGHLIGHT);
      await selectCell(sheetRef(plan.sheets[0]!.name, "A1"));
      return refs.length
        ? `Version ${version} geöffnet; ${refs.length === 1 ? "die geänderte Zelle ist" : `${refs.length} geänderte Zellen sind`} orange markiert.`
        : `Version ${version} geöffnet.`;
    },
    selectCell,
    highlight: async (refs) => {
      if (marked.length) await restoreFills(marked);
      marked = refs.length ? await highlightCells(refs, HIGHLIGHT) : [];
    },
    pickCell: async (): Promise<PickedCell | undefined> => {
      const split = splitSheetRef(await readSelection());
      const copy = split && opened.get(split.sheet);
      if (!split || !copy) return undefined;
      const original = copy.plan.sheets.find(
        (s) => reviewSheetName(s.name, copy.version) === split.sheet,
      )!.name;
      const cell = sheetRef(original, split.address);
      const path = planPathAt(copy.plan, copy.filing)(cell);
      return path && { path, cell };
    },
    subscribe: (listener) => {
      listeners.add(listener);
      void watcher.watch();
      return () => listeners.delete(listener);
    },
  };
};
