import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../shared/filing/sample-filings";
import { readWorkbook } from "../shared/xlsx/read-workbook";
import { writeWorkbook } from "../shared/xlsx/write-workbook";
import { loadXlsx } from "../shared/xlsx/exceljs-host";
import { guardXlsx } from "../shared/xlsx/guard-xlsx";
import { mutationArb } from "../tests/support/xlsx-mutations";
const templates = [new Uint8Array(await writeWorkbook(sampleVerwendungsnachweis())), new Uint8Array(await writeWorkbook(sampleJahresbericht()))];
const sheetOf = (b: Uint8Array) => { try { return strFromU8(unzipSync(b)["xl/worksheets/sheet1.xml"]!); } catch { return "?"; } };
let shown = 0;
for (const [which, m] of fc.sample(fc.tuple(fc.nat(1), mutationArb), { seed: Number(process.argv[2] ?? 20), numRuns: 400 })) {
  const bytes = m(templates[which]!);
  let ex: string; let mine: string;
  try { await loadXlsx(guardXlsx(bytes)); ex = "ok"; } catch (e) { ex = "ERR " + (e as Error).message.slice(0, 150); }
  try { const r = await readWorkbook(bytes); mine = r.filing ? "ok" : "notOurs " + r.findings[0]?.message.slice(0, 150); } catch (e) { mine = "ERR " + (e as Error).message.slice(0, 150); }
  if ((ex === "ok") !== (mine === "ok")) {
    const a = sheetOf(templates[which]!), b = sheetOf(bytes);
    let i = 0; while (i < a.length && a[i] === b[i]) i++;
    console.log("exceljs:", ex, "| mine:", mine, "\n  at", i, JSON.stringify(a.slice(i - 60, i + 60)), "\n  ->", JSON.stringify(b.slice(i - 60, i + 60)));
    if (++shown > 12) break;
  }
}
