import type { JahresberichtFiling } from "../../shared/filing/filing";
import { findProgramme } from "../../shared/programme/programmes";
import {
  coverPlan,
  jahresberichtReportPlan,
  type ContentsEntry,
} from "../../shared/publish/jahresbericht-report";
import type { WorkbookPlan } from "../../shared/workbook/plan/plan-types";
import { UnavailableError } from "./errors";
import type { PdfRenderer } from "./pdf-renderer";

const ensureAvailable = async (renderer: PdfRenderer) => {
  if (!(await renderer.available()))
    throw new UnavailableError(
      "PDF-Erzeugung ist hier nicht eingerichtet (LibreOffice fehlt). Bitte „foerderbericht publish --local“ verwenden.",
    );
};

// exceljs is loaded on first use: module start-up is a cold start.
const writePlan = async (plan: WorkbookPlan) =>
  (await import("../../shared/xlsx/write-plan")).writePlan(plan);

const sheetOf = async (filing: JahresberichtFiling) =>
  writePlan({ sheets: [jahresberichtReportPlan(filing)], names: [] });

/** The publishable PDF of one Jahresbericht. */
export const publishJahresbericht = async (
  filing: JahresberichtFiling,
  renderer: PdfRenderer,
): Promise<Uint8Array> => {
  await ensureAvailable(renderer);
  const pdfs = await renderer.xlsxToPdf([{ name: "jahresbericht.xlsx", content: await sheetOf(filing) }]);
  return pdfs.get("jahresbericht.xlsx")!;
};

/**
 * All districts' publishable Jahresberichte of a year in one PDF: a cover with contents (page numbers
 * from the rendered reports), then the districts in Stammdaten order. One LibreOffice call prints all
 * reports, a second the cover.
 */
export const publishYear = async (
  programmeId: string,
  year: number,
  filings: readonly JahresberichtFiling[],
  renderer: PdfRenderer,
): Promise<Uint8Array> => {
  await ensureAvailable(renderer);
  const programme = findProgramme(programmeId);
  const order = (programme?.districts ?? []).map((d) => d.id);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const sorted = [...filings].sort(
    (a, b) =>
      rank(a.meta.districtId) - rank(b.meta.districtId) || a.meta.districtId.localeCompare(b.meta.districtId),
  );
  const files = await Promise.all(
    sorted.map(async (f, i) => ({
      name: `${String(i + 1).padStart(3, "0")}-${f.meta.districtId}.xlsx`,
      content: await sheetOf(f),
    })),
  );
  const pdfs = files.length ? await renderer.xlsxToPdf(files) : new Map<string, Uint8Array>();
  const reports = files.map((f) => pdfs.get(f.name)!);
  const pages = await Promise.all(reports.map((pdf) => renderer.pageCount(pdf)));
  const cover = async (coverPages: number) => {
    let page = coverPages + 1;
    const entries: ContentsEntry[] = sorted.map((f, i) => {
      const entry = { districtId: f.meta.districtId, traegerId: f.meta.traegerId, page };
      page += pages[i]!;
      return entry;
    });
    const plan = coverPlan(
      {
        id: programmeId,
        name: programme?.name ?? programmeId,
        zuwendungsgeber: programme?.zuwendungsgeber ?? "",
      },
      year,
      entries,
    );
    const out = await renderer.xlsxToPdf([
      { name: "inhalt.xlsx", content: await writePlan({ sheets: [plan], names: [] }) },
    ]);
    return out.get("inhalt.xlsx")!;
  };
  // The contents fit one page for any city's districts; if not, print it again with the true offset.
  let front = await cover(1);
  const frontPages = await renderer.pageCount(front);
  if (frontPages !== 1) front = await cover(frontPages);
  return renderer.merge([front, ...reports]);
};
