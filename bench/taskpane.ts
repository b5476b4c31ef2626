// The task pane's size and the time of a live check:
//   npx tsx bench/taskpane.ts [runs]
// Size: the production build's JavaScript, gzip, loaded at start (goal ≤ 300 KB) and loaded later
// (exceljs, only in the browser host). Live check: read the whole filing through the Office.js
// adapter and run every rule, on a Verwendungsnachweis with 200 Personal rows in the in-memory Excel
// (so it measures our code and the adapter's batching, not Excel's round trips). Nothing is asserted.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { applyWorkbookPlan } from "../addin/excel/apply-workbook-plan";
import { excelWorkbookHost } from "../addin/excel/excel-workbook-host";
import { selectCell } from "../addin/excel/select-cell";
import { highlightCells } from "../addin/excel/highlight-cells";
import { createFakeExcel } from "../addin/test-support/fake-excel/fake-excel";
import { installFakeOffice } from "../addin/test-support/fake-excel/fake-office";
import { largeVerwendungsnachweis } from "../functions/store/fixtures/large-filings";
import { defaultProgramParams } from "../shared/programme/params-for-year";
import { checkWorkbook } from "../shared/workbook/check-workbook";
import { readFilingWorkbook } from "../shared/workbook/read-filing-workbook";
import { workbookPlan } from "../shared/workbook/plan/workbook-plan";
import { buildAddin, bundleSizes } from "../scripts/build-addin";

const RUNS = Number(process.argv[2] ?? 20);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

const { outdir, metafile } = await buildAddin({ outdir: mkdtempSync(join(tmpdir(), "taskpane-bench-")) });
const { initialGzip, lazyGzip } = bundleSizes(metafile, outdir);
console.log(
  `Aufgabenbereich (gzip): beim Start ${kb(initialGzip)} (Ziel ≤ 150 KB), nachgeladen im Browser ${kb(lazyGzip)}`,
);

const filing = largeVerwendungsnachweis(200);
const params = defaultProgramParams(filing.meta);
const excel = createFakeExcel({ sheets: [{ name: "Tabelle1", cells: {} }], names: {}, tables: [] });
installFakeOffice(globalThis as unknown as Record<string, unknown>, excel);

const syncsOf = async (label: string, action: () => Promise<unknown>) => {
  const start = performance.now();
  await action();
  const ms = performance.now() - start;
  const run = excel.runs.at(-1)!;
  console.log(
    `${label.padEnd(44)} ${String(run.syncs).padStart(2)} context.sync · ${ms.toFixed(1).padStart(7)} ms`,
  );
};
await syncsOf("Vorlage mit 200 Personalzeilen schreiben", () =>
  applyWorkbookPlan(workbookPlan({ filing, params })),
);
await syncsOf("Arbeitsmappe lesen", () => readFilingWorkbook(excelWorkbookHost()));
await syncsOf("Zelle zeigen (Blatt aktivieren, auswählen)", () => selectCell("'Personal'!F150"));
await syncsOf("Zellen markieren (Kommentare)", () =>
  highlightCells(["'Personal'!D6", "'Verwendungsnachweis'!B24"], "#FFD8A8"),
);

const liveCheck = async () => checkWorkbook(await readFilingWorkbook(excelWorkbookHost()), { params });
const first = await liveCheck();
const samples: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  await liveCheck();
  samples.push(performance.now() - start);
}
samples.sort((a, b) => a - b);
console.log(
  `Live-Prüfung (lesen + alle Regeln), 200 Personalzeilen: Median ${samples[Math.floor(RUNS / 2)]!.toFixed(1)} ms, max ${samples.at(-1)!.toFixed(1)} ms (${RUNS} Läufe, Befunde: ${first.findings.length})`,
);
