import type { PlacedChart } from "../../consolidate/chart-spec";
import { chartXml, CONTENT_TYPE, drawingXml, relationshipsXml, REL_TYPE } from "./chart-xml";
import { readZipText, rewriteZip } from "./rewrite-zip";

export interface SheetCharts {
  /** Part name of the worksheet, e.g. "xl/worksheets/sheet9.xml". */
  sheetPath: string;
  charts: PlacedChart[];
  /**
   * Set when the writer already put `<drawing r:id>` into the sheet and the relationship to
   * `../drawings/drawing<n>.xml` into its rels (n: this sheet's place among the sheets with charts):
   * then the sheet – possibly thousands of rows – is copied as written instead of inflated and
   * deflated again.
   */
  linked?: boolean;
}

// Elements CT_Worksheet allows after <drawing>; the drawing goes before the first one present.
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

const insertDrawing = (sheet: string, relId: string) => {
  const at = Math.min(...AFTER_DRAWING.map((tag) => sheet.indexOf(tag)).filter((i) => i >= 0));
  return `${sheet.slice(0, at)}<drawing r:id="${relId}"/>${sheet.slice(at)}`;
};

const relsPathOf = (sheetPath: string) => sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");

/** Relationships already in a part's rels file, so new ones get ids of their own. */
const existingRels = (xml: string | undefined) =>
  [...(xml ?? "").matchAll(/<Relationship\b[^>]*\/>/g)].map((m) => m[0]);

/**
 * Adds native charts to a written xlsx: one drawing per sheet holding its charts, each chart its
 * own part, the sheet pointing to its drawing, and content types for all new parts. exceljs cannot
 * write charts, so the writer leaves the workbook complete without them and this adds them after.
 */
export const injectCharts = (xlsx: Uint8Array, sheets: readonly SheetCharts[]): Uint8Array => {
  const changes = new Map<string, string>();
  const overrides: string[] = [];
  let chartNo = 0;
  sheets
    .filter((s) => s.charts.length > 0)
    .forEach((sheet, d) => {
      const drawingNo = d + 1;
      const drawingRels = sheet.charts.map((chart, i) => {
        chartNo += 1;
        changes.set(`xl/charts/chart${chartNo}.xml`, chartXml(chart));
        overrides.push(
          `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CONTENT_TYPE.chart}"/>`,
        );
        return { id: `rId${i + 1}`, type: REL_TYPE.chart, target: `../charts/chart${chartNo}.xml` };
      });
      changes.set(`xl/drawings/drawing${drawingNo}.xml`, drawingXml(sheet.charts));
      changes.set(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relationshipsXml(drawingRels));
      overrides.push(
        `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="${CONTENT_TYPE.drawing}"/>`,
      );

      if (sheet.linked) return;
      const relsPath = relsPathOf(sheet.sheetPath);
      const rels = existingRels(readZipText(xlsx, relsPath));
      const relId = `rIdChartDrawing${drawingNo}`;
      changes.set(
        relsPath,
        relationshipsXml([]).replace(
          "</Relationships>",
          `${rels.join("")}<Relationship Id="${relId}" Type="${REL_TYPE.drawing}" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`,
        ),
      );
      const sheetXml = readZipText(xlsx, sheet.sheetPath);
      if (sheetXml === undefined) throw new Error(`${sheet.sheetPath} fehlt in der Arbeitsmappe`);
      changes.set(sheet.sheetPath, insertDrawing(sheetXml, relId));
    });
  if (overrides.length === 0) return xlsx;
  const types = readZipText(xlsx, "[Content_Types].xml")!;
  changes.set("[Content_Types].xml", types.replace("</Types>", `${overrides.join("")}</Types>`));
  return rewriteZip(xlsx, changes);
};
