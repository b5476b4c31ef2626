import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { withParts } from "./xlsx-bombs";

/**
 * The guard bypasses of the hardening issue and a generated family around them: every construct a
 * reader could expand (defined-name ranges, merges, `col` spans, dimension, conditional formats,
 * data validations, table refs, hyperlinks) × quote style × entity encoding × attribute order.
 */
export type Construct =
  | "definedName"
  | "mergeCell"
  | "col"
  | "dimension"
  | "conditionalFormatting"
  | "dataValidation"
  | "table"
  | "hyperlink";

export const CONSTRUCTS: readonly Construct[] = [
  "definedName",
  "mergeCell",
  "col",
  "dimension",
  "conditionalFormatting",
  "dataValidation",
  "table",
  "hyperlink",
];

/** How one value is spelled: plain, or some characters as decimal or hex character references. */
export type Encoding = "plain" | "colon" | "decimal" | "hex" | "mixed";
export interface Spelling {
  quote: '"' | "'";
  encoding: Encoding;
  /** Attribute order: the construct's attributes rotated by this much, extra attributes around. */
  rotate: number;
}

const encodeChar = (ch: string, how: "decimal" | "hex") =>
  how === "decimal" ? `&#${ch.codePointAt(0)};` : `&#x${ch.codePointAt(0)!.toString(16).toUpperCase()};`;

/** `&#58;` for ":" (the reported one), and the same for "$" and letters, as the encoding says. */
export const encodeValue = (value: string, encoding: Encoding): string =>
  [...value]
    .map((ch, i) => {
      if (encoding === "plain") return ch;
      if (encoding === "colon") return ch === ":" ? "&#58;" : ch;
      const how = encoding === "mixed" ? (i % 2 ? "decimal" : "hex") : encoding;
      return /[:$A-Z]/.test(ch) ? encodeChar(ch, how) : ch;
    })
    .join("");

const element = (name: string, attrs: [string, string][], s: Spelling, body?: string) => {
  const rotated = attrs.map((_, i) => attrs[(i + s.rotate) % attrs.length]!);
  const text = rotated.map(([k, v]) => ` ${k}=${s.quote}${encodeValue(v, s.encoding)}${s.quote}`).join("");
  return body === undefined ? `<${name}${text}/>` : `<${name}${text}>${body}</${name}>`;
};

/** The value that breaks a bound for each construct (all as reported or just past Excel's grid). */
export const BOMB_VALUES: Record<Construct, string> = {
  definedName: "Verwendungsnachweis!$A$1:$ZZ$200000",
  mergeCell: "AA1:XFD1048576",
  col: "20000000",
  dimension: "A1:XFE1048577",
  conditionalFormatting: "A1:XFD1048577",
  dataValidation: "A1 B2:XFE3",
  table: "A4:F1048576",
  hyperlink: "A1:ZZZZ1",
};

const sheetPart = "xl/worksheets/sheet1.xml";

/** The workbook with the construct inserted, its value spelled as `s` says. */
export const withConstruct = (workbook: Uint8Array, c: Construct, value: string, s: Spelling) => {
  const files = unzipSync(workbook);
  const text = (name: string) => strFromU8(files[name]!);
  const sheet = text(sheetPart);
  const afterData = (xml: string) => sheet.replace("</sheetData>", `</sheetData>${xml}`);
  switch (c) {
    case "definedName": {
      const name = element(
        "definedName",
        [
          ["name", "Bombe"],
          ["hidden", "1"],
        ],
        s,
        encodeValue(value, s.encoding),
      );
      return withParts(workbook, {
        "xl/workbook.xml": text("xl/workbook.xml").replace("</definedNames>", `${name}</definedNames>`),
      });
    }
    case "mergeCell": {
      const merge = element("mergeCell", [["ref", value]], s);
      const xml = sheet.includes("<mergeCells")
        ? sheet.replace(/<mergeCells[^>]*>/, (m) => `${m}${merge}`)
        : afterData(`<mergeCells count="1">${merge}</mergeCells>`);
      return withParts(workbook, { [sheetPart]: xml });
    }
    case "col": {
      const col = element(
        "col",
        [
          ["min", "1"],
          ["max", value],
          ["width", "9"],
          ["customWidth", "1"],
        ],
        s,
      );
      const xml = sheet.includes("<cols>")
        ? sheet.replace("<cols>", `<cols>${col}`)
        : sheet.replace("<sheetData", `<cols>${col}</cols><sheetData`);
      return withParts(workbook, { [sheetPart]: xml });
    }
    case "dimension": {
      const xml = sheet
        .replace(/<dimension[^>]*\/>/, "")
        .replace("<sheetData", `${element("dimension", [["ref", value]], s)}<sheetData`);
      return withParts(workbook, { [sheetPart]: xml });
    }
    case "conditionalFormatting":
      return withParts(workbook, {
        [sheetPart]: afterData(
          element(
            "conditionalFormatting",
            [
              ["sqref", value],
              ["pivot", "0"],
            ],
            s,
            '<cfRule type="expression" priority="99"><formula>1</formula></cfRule>',
          ),
        ),
      });
    case "dataValidation":
      return withParts(workbook, {
        [sheetPart]: afterData(
          `<dataValidations count="1">${element(
            "dataValidation",
            [
              ["type", "whole"],
              ["sqref", value],
              ["allowBlank", "1"],
            ],
            s,
            "<formula1>0</formula1>",
          )}</dataValidations>`,
        ),
      });
    case "hyperlink":
      return withParts(workbook, {
        [sheetPart]: afterData(
          `<hyperlinks>${element(
            "hyperlink",
            [
              ["ref", value],
              ["display", "x"],
            ],
            s,
          )}</hyperlinks>`,
        ),
      });
    case "table": {
      // The table's own ref moved to the front or the end of its attributes, spelled as `s` says.
      const ref = ` ref=${s.quote}${encodeValue(value, s.encoding)}${s.quote}`;
      const xml = text("xl/tables/table1.xml").replace(
        /<table\b([^>]*?)\sref="[^"]*"([^>]*?)(\/?)>/,
        (_m, a: string, b: string, close: string) =>
          s.rotate % 2 ? `<table${ref}${a}${b}${close}>` : `<table${a}${b}${ref}${close}>`,
      );
      return withParts(workbook, { "xl/tables/table1.xml": xml });
    }
  }
};

export const spellingArb: fc.Arbitrary<Spelling> = fc.record({
  quote: fc.constantFrom('"' as const, "'" as const),
  encoding: fc.constantFrom<Encoding>("plain", "colon", "decimal", "hex", "mixed"),
  rotate: fc.nat(4),
});

/** The three workbooks of the report, exactly as reported. */
export const reportedBypasses = (workbook: Uint8Array): Record<string, Uint8Array> => ({
  "entity colon in a defined name": withConstruct(workbook, "definedName", BOMB_VALUES.definedName, {
    quote: '"',
    encoding: "colon",
    rotate: 0,
  }),
  "single-quoted merge": withConstruct(workbook, "mergeCell", BOMB_VALUES.mergeCell, {
    quote: "'",
    encoding: "plain",
    rotate: 0,
  }),
  "20,000,000-column span": withConstruct(workbook, "col", BOMB_VALUES.col, {
    quote: '"',
    encoding: "plain",
    rotate: 0,
  }),
});
