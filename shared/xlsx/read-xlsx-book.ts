import { scanXml } from "./scan-xml";
import { unreadable } from "./xlsx-refused";

/** Built-in number formats that show a date or time (ECMA-376 18.8.30; exceljs agrees). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format code shows a date when it has a date/time letter outside quotes and brackets. */
const isDateFormat = (code: string) =>
  /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));

export interface BookSheet {
  name: string;
  /** The worksheet part, e.g. "xl/worksheets/sheet1.xml". */
  part: string | undefined;
}

export interface DefinedName {
  name: string;
  formula: string;
}

export interface XlsxBook {
  sheets: BookSheet[];
  names: DefinedName[];
  date1904: boolean;
  strings: string[];
  /** Cell style ids (`s`) whose number format is a date. */
  dateStyles: Set<number>;
}

/** `Target` of a relationship, resolved against the folder of the part that owns it. */
export const resolveTarget = (folder: string, target: string): string => {
  if (target.startsWith("/")) return target.slice(1);
  const path = folder.split("/").filter(Boolean);
  for (const step of target.split("/")) {
    if (step === "..") path.pop();
    else if (step !== "." && step !== "") path.push(step);
  }
  return path.join("/");
};

/** Relationship id → part, from a `.rels` part (absent: none). */
export const readRels = (xml: string | undefined, part: string, folder: string): Map<string, string> => {
  const rels = new Map<string, string>();
  if (xml === undefined) return rels;
  scanXml(xml, part, {
    open: (name, at) => {
      if (name === "Relationship" && at.Id && at.Target && at.TargetMode !== "External")
        rels.set(at.Id, resolveTarget(folder, at.Target));
    },
  });
  return rels;
};

/** The relationship id of an element: `r:id`, whatever the prefix is called. */
export const relId = (at: Record<string, string>) => Object.entries(at).find(([k]) => k.endsWith(":id"))?.[1];

const readWorkbookXml = (xml: string, rels: Map<string, string>) => {
  const sheets: BookSheet[] = [];
  const names: DefinedName[] = [];
  let date1904 = false;
  let name: DefinedName | undefined;
  scanXml(xml, "xl/workbook.xml", {
    open: (element, at) => {
      if (element === "sheet") sheets.push({ name: at.name ?? "", part: rels.get(relId(at) ?? "") });
      else if (element === "workbookPr") date1904 = at.date1904 === "1" || at.date1904 === "true";
      else if (element === "definedName") names.push((name = { name: at.name ?? "", formula: "" }));
    },
    text: (t) => {
      if (name) name.formula += t;
    },
    close: (element) => {
      if (element === "definedName") name = undefined;
    },
  });
  return { sheets, names, date1904 };
};

/** Shared strings as plain text: a rich string's runs joined, phonetic hints (`rPh`) left out. */
const readStrings = (xml: string | undefined): string[] => {
  const strings: string[] = [];
  if (xml === undefined) return strings;
  let current: string | undefined;
  let inText = false;
  let phonetic = 0;
  scanXml(xml, "xl/sharedStrings.xml", {
    open: (name) => {
      if (name === "si") current = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t") inText = phonetic === 0;
    },
    text: (t) => {
      if (inText && current !== undefined) current += t;
    },
    close: (name) => {
      if (name === "si") strings.push(current ?? "");
      else if (name === "rPh") phonetic--;
      else if (name === "t") inText = false;
    },
  });
  return strings;
};

const readDateStyles = (xml: string | undefined): Set<number> => {
  const dates = new Set<number>();
  if (xml === undefined) return dates;
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  scanXml(xml, "xl/styles.xml", {
    open: (name, at) => {
      if (name === "numFmt") custom.set(Number(at.numFmtId), at.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) formats.push(Number(at.numFmtId ?? 0));
    },
    close: (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  formats.forEach((id, style) => {
    // Style 0 stays a number, as exceljs (the oracle) reads it; Excel never gives style 0 a date.
    if (style === 0) return;
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id)) dates.add(style);
  });
  return dates;
};

/** workbook.xml with its relationships, the shared strings and which styles are dates. */
export const readXlsxBook = (parts: ReadonlyMap<string, string>): XlsxBook => {
  const xml = parts.get("xl/workbook.xml");
  if (xml === undefined) throw unreadable("ihr fehlt der Teil xl/workbook.xml");
  const rels = readRels(parts.get("xl/_rels/workbook.xml.rels"), "xl/_rels/workbook.xml.rels", "xl");
  return {
    ...readWorkbookXml(xml, rels),
    strings: readStrings(parts.get("xl/sharedStrings.xml")),
    dateStyles: readDateStyles(parts.get("xl/styles.xml")),
  };
};
