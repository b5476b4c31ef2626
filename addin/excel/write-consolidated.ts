import {
  buildConsolidatedWorkbook,
  type WorkbookSink,
} from "../../shared/consolidate/build-consolidated-workbook";
import type { ConsolidationSource } from "../../shared/consolidate/consolidation-source";
import { formatCount } from "../../shared/money/format-de";
import { officeConsolidatedSink } from "./consolidated-sink";
import { CHARTS_MISSING } from "./write-consolidated-charts";

/**
 * Chunks handed to Office.js: well under its 5 MB request limit (Excel on the web), and small
 * enough that progress moves every second or so.
 */
export const CONSOLIDATED_CHUNK_BYTES = 1_000_000;

export interface WriteConsolidatedOptions {
  linkBase?: string;
  /** Share of the sheets done (0–1) and what is being written, e.g. "Personal: 400 Zeilen". */
  progress?: ((share: number, label: string) => void) | undefined;
  maxChunkBytes?: number;
  supported?: (version: string) => boolean;
}

export interface WrittenConsolidated {
  sheets: string[];
  /** Charts inserted, and charts left out because this Excel lacks the charts API. */
  charts: { added: number; missing: number };
}

/** Builds the consolidated workbook into new sheets of the open workbook. */
export const writeConsolidated = async (
  source: ConsolidationSource,
  { linkBase, progress, maxChunkBytes = CONSOLIDATED_CHUNK_BYTES, supported }: WriteConsolidatedOptions = {},
): Promise<WrittenConsolidated> => {
  const sink = officeConsolidatedSink(supported);
  let total = 1;
  let done = 0;
  const counting: WorkbookSink = {
    declareSheets: async (specs) => {
      total = specs.length;
      progress?.(0, "Blätter anlegen …");
      await sink.declareSheets(specs);
    },
    writeRows: sink.writeRows,
    finishSheet: async (spec, info) => {
      await sink.finishSheet(spec, info);
      done += 1;
      progress?.(done / total, `${spec.name} fertig`);
    },
  };
  await buildConsolidatedWorkbook(source, counting, {
    maxChunkBytes,
    ...(linkBase && { linkBase }),
    onProgress: ({ sheet, rows }) =>
      progress?.(done / total, `${sheet}: ${rows.toLocaleString("de-DE")} Zeilen`),
  });
  return { sheets: sink.sheetNames(), charts: sink.charts() };
};

/** What the pane says after loading: sheets and charts counted, or why the charts are missing. */
export const consolidatedNotice = (year: number, { sheets, charts }: WrittenConsolidated): string => {
  const what = [formatCount(sheets.length, "Blatt", "Blätter")];
  if (charts.added) what.push(formatCount(charts.added, "Diagramm", "Diagramme"));
  const done = `Konsolidierte Mappe ${year}: ${what.join(" und ")} eingefügt.`;
  return charts.missing ? `${done} ${CHARTS_MISSING}` : done;
};
