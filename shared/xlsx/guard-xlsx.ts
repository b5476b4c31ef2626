import { strFromU8, strToU8, zipSync } from "fflate";
import {
  checkSharedStrings,
  checkStyles,
  checkTable,
  checkWorkbookXml,
  checkWorksheet,
  checkXml,
  emptyCounts,
  type PartCounts,
} from "./count-xlsx-parts";
import { inflateEntry } from "./inflate-entry";
import { READ_METER } from "./read-meter";
import { readZipDirectory } from "./read-zip-directory";
import { XLSX_LIMITS, type XlsxLimits } from "./xlsx-limits";
import { tooLarge, unreadable } from "./xlsx-refused";

/** The parts `readXlsx` reads, anchored; everything else is dropped uninflated. */
export const READER_PARTS: readonly RegExp[] = [
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^xl\/worksheets\/sheet\d+\.xml$/,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/tables\/table\d+\.xml$/,
];

/**
 * What exceljs reads when it loads a workbook (lib/xlsx/xlsx.js) – only the test oracle does now.
 * Comments, drawings and media stay because a sheet's relationships may point at them and exceljs
 * fails on a dangling one; they are inflated within the budget but not parsed.
 */
const EXCELJS_PARTS: readonly RegExp[] = [
  ...READER_PARTS,
  /^_rels\/\.rels$/,
  /^xl\/comments\d+\.xml$/,
  /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/,
  /^xl\/drawings\/_rels\/[a-zA-Z0-9]+\.xml\.rels$/,
  /^xl\/drawings\/vmlDrawing\d+\.vml$/,
  /^xl\/media\/[a-zA-Z0-9]+\.[a-zA-Z0-9]{3,4}$/,
];

const MB = 1024 * 1024;

const checkPart = (name: string, xml: string, counts: PartCounts, limits: XlsxLimits) => {
  const short = name.split("/").pop()!;
  if (name.startsWith("xl/worksheets/sheet")) checkWorksheet(xml, counts, limits, short);
  else if (name.startsWith("xl/tables/")) checkTable(xml, counts, limits, short);
  else if (name === "xl/workbook.xml") checkWorkbookXml(xml, counts, limits);
  else if (name === "xl/sharedStrings.xml") checkSharedStrings(xml, limits);
  else if (name === "xl/styles.xml") checkStyles(xml, limits);
  else if (name.endsWith(".rels")) checkXml(xml, name);
};

/**
 * An .xlsx upload's parts, bounded before anything reads them: the central directory first (file
 * size, entry count, declared sizes), then only the wanted parts inflated, each with a byte budget
 * counted while inflating, and their XML parsed (not pattern-matched) and every construct a reader
 * could allocate for counted: rows, cells, merges, `col` spans, tables, defined names and every
 * other reference (see XLSX_LIMITS). Browser-safe (fflate, no Node): the API, the CLI and the task
 * pane's upload share it. Throws XlsxRefusedError (`too-large` or `unreadable`) in German.
 */
export const guardXlsxParts = (
  input: Uint8Array,
  limits: XlsxLimits = XLSX_LIMITS,
  wanted: readonly RegExp[] = READER_PARTS,
): Map<string, string> => {
  const entries = readZipDirectory(input, limits).filter((e) => wanted.some((k) => k.test(e.name)));
  const declared = entries.reduce((n, e) => n + e.size, 0);
  if (declared > limits.maxTotalBytes)
    throw tooLarge(`entpackt ${Math.ceil(declared / MB)} MB, höchstens ${limits.maxTotalBytes / MB} MB`);
  if (!entries.some((e) => e.name === "xl/workbook.xml"))
    throw unreadable("ihr fehlt der Teil xl/workbook.xml");
  const counts = emptyCounts();
  const parts = new Map<string, string>();
  try {
    for (const entry of entries) {
      const raw = inflateEntry(input, entry, limits.maxEntryBytes);
      // Media is binary, VML is not XML (Excel writes `<br>` unclosed): kept for exceljs, unread.
      const binary = /^xl\/(media|drawings)\/|\.vml$|^xl\/comments/.test(entry.name);
      const text = binary ? "" : strFromU8(raw);
      if (!binary) checkPart(entry.name, text, counts, limits);
      parts.set(entry.name, binary ? strFromU8(raw, true) : text);
    }
  } finally {
    READ_METER.rangesChecked += counts.ranges + counts.merges;
  }
  return parts;
};

const VALIDATIONS = /<(\w+:)?dataValidations\b(?:[^>]*\/>|[\s\S]*?<\/\1?dataValidations>)/g;

/**
 * The test oracle's way in: the guarded parts exceljs reads as a new, uncompressed zip, data
 * validations dropped (exceljs expands each of their ranges cell by cell). No product path reads
 * with exceljs any more; `readWorkbook` uses `readXlsx`.
 */
export const guardXlsx = (input: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): Uint8Array => {
  const files: Record<string, Uint8Array> = {};
  for (const [name, text] of guardXlsxParts(input, limits, EXCELJS_PARTS)) {
    const binary = /^xl\/(media|drawings)\/|\.vml$|^xl\/comments/.test(name);
    files[name] = binary
      ? strToU8(text, true)
      : strToU8(name.startsWith("xl/worksheets/sheet") ? text.replace(VALIDATIONS, "") : text);
  }
  return zipSync(files, { level: 0 });
};
