import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { withParts } from "./xlsx-bombs";

/** One way to break a workbook: bytes in, bytes out (deterministic for a given generated value). */
export type Mutation = (bytes: Uint8Array) => Uint8Array;

const inSheet =
  (edit: (xml: string) => string): Mutation =>
  (bytes) => {
    const xml = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!);
    return withParts(bytes, { "xl/worksheets/sheet1.xml": edit(xml) });
  };

/**
 * The mutation corpus: truncated and bit-flipped zips, broken XML, formulas and errors where values
 * belong, merged cells, rows down to 1,048,576. Used by the hardening test (through POST /filings)
 * and the differential test (new reader against the exceljs reader).
 */
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map(
    (f): Mutation =>
      (b) =>
        b.slice(0, Math.floor(b.length * f)),
  ),
  fc
    .array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 20,
    })
    .map((flips): Mutation => (b) => {
      const out = b.slice();
      for (const [at, value] of flips) out[Math.floor(at * (out.length - 1))] = value;
      return out;
    }),
  fc
    .tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 1, max: 400 }),
      fc.constantFrom("", "<", "&", "<x>", "]]>", "\u0000", "<row>"),
    )
    .map(([at, length, junk]) =>
      inSheet((xml) => {
        const i = Math.floor(at * xml.length);
        return xml.slice(0, i) + junk + xml.slice(i + length);
      }),
    ),
  fc
    .tuple(
      fc.constantFrom(
        "<f>1/0</f><v>#DIV/0!</v>",
        "<f>SUMME(A1:A3)</f>",
        '<f>HYPERLINK("http://x")</f><v>x</v>',
        "<v>=1+1</v>",
        "<v>abc</v>",
        "<v>1e400</v>",
        "<is><t>=cmd|'/c calc'!A0</t></is>",
      ),
      fc.array(fc.boolean(), { minLength: 1, maxLength: 64 }),
    )
    .map(([cell, which]) =>
      // Which values are replaced is generated, so a mutation reads the same every time.
      inSheet((xml) => {
        let i = 0;
        return xml.replace(/<v>[^<]*<\/v>/g, (m) => (which[i++ % which.length] ? cell : m));
      }),
    ),
  fc
    .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 1_048_576 }))
    .map(([col, row]) =>
      inSheet((xml) =>
        xml.replace(/<mergeCells[^>]*>/, `$&<mergeCell ref="C3:${String.fromCharCode(64 + col)}${row}"/>`),
      ),
    ),
  fc
    .constantFrom(
      '<row r="1048576"><c r="A1048576"><v>1</v></c></row>',
      '<row r="1048576" spans="1:16384"><c r="XFD1048576" t="s"><v>0</v></c></row>',
      '<row r="100"><c r="ZZ100"><v>1</v></c></row>',
    )
    .map((row) => inSheet((xml) => xml.replace("</sheetData>", `${row}</sheetData>`))),
);
