import { strFromU8, strToU8, zipSync } from "fflate";
import {
  checkSharedStrings,
  checkStyles,
  checkTable,
  checkWorkbookXml,
  checkWorksheet,
  emptyCounts,
  type PartCounts,
} from "./count-xlsx-parts";
import { inflateEntry } from "./inflate-entry";
import { readZipDirectory } from "./read-zip-directory";
import { XLSX_LIMITS, type XlsxLimits } from "./xlsx-limits";
import { tooLarge, unreadable } from "./xlsx-refused";

/**
 * The parts exceljs reads when it loads a workbook (lib/xlsx/xlsx.js), anchored. Comments, drawings
 * and media stay because a sheet's relationships may point at them and exceljs fails on a dangling
 * one; everything else (charts, printer settings, macros, custom XML …) is dropped uninflated.
 */
const KEEP = [
  /^_rels\/\.rels$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/tables\/table\d+\.xml$/,
  /^xl\/comments\d+\.xml$/,
  /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/,
  /^xl\/drawings\/_rels\/[a-zA-Z0-9]+\.xml\.rels$/,
  /^xl\/drawings\/vmlDrawing\d+\.vml$/,
  /^xl\/media\/[a-zA-Z0-9]+\.[a-zA-Z0-9]{3,4}$/,
];

const MB = 1024 * 1024;

const checkPart = (name: string, raw: Uint8Array, counts: PartCounts, limits: XlsxLimits): Uint8Array => {
  if (name.startsWith("xl/media/")) return raw;
  const xml = strFromU8(raw);
  const short = name.split("/").pop()!;
  if (name.startsWith("xl/worksheets/sheet")) {
    const checked = checkWorksheet(xml, counts, limits, short);
    return checked.length === xml.length ? raw : strToU8(checked);
  }
  if (name.startsWith("xl/tables/")) checkTable(xml, limits, short);
  else if (name === "xl/workbook.xml") checkWorkbookXml(xml, counts, limits);
  else if (name === "xl/sharedStrings.xml") checkSharedStrings(xml, limits);
  else if (name === "xl/styles.xml") checkStyles(xml, limits);
  return raw;
};

/**
 * An .xlsx upload made safe to hand to exceljs, which inflates every zip entry into memory with no
 * bound: the central directory is checked first (file size, entry count, declared sizes), then only
 * the parts exceljs reads are inflated, each with a byte budget counted while inflating, and their
 * rows, columns, cells, merges and named ranges counted. The result is a new, uncompressed zip of
 * exactly the checked parts – exceljs never sees a byte that was not counted.
 * Browser-safe (fflate, no Node): the API, the CLI and the task pane's upload share it.
 * Throws XlsxRefusedError (`too-large` or `unreadable`) with a German message.
 */
export const guardXlsx = (input: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): Uint8Array => {
  const entries = readZipDirectory(input, limits).filter((e) => KEEP.some((k) => k.test(e.name)));
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > limits.maxTotalBytes)
    throw tooLarge(`entpackt ${Math.ceil(declared / MB)} MB, höchstens ${limits.maxTotalBytes / MB} MB`);
  if (!entries.some((e) => e.name === "xl/workbook.xml"))
    throw unreadable("ihr fehlt der Teil xl/workbook.xml");
  const counts = emptyCounts();
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries)
    files[entry.name] = checkPart(
      entry.name,
      inflateEntry(input, entry, limits.maxEntryBytes),
      counts,
      limits,
    );
  return zipSync(files, { level: 0 });
};
