import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { filingKey } from "../../shared/filing/filing";
import { ANLAGE1_HEADINGS } from "../../shared/publish/jahresbericht-report";
import { readZipText, zipEntryNames } from "../../shared/xlsx/charts/rewrite-zip";
import { createApiClient, type ApiClient } from "../../shared/api/api-client";
import { apiConsolidationSource } from "../../shared/api/api-consolidation-source";
import { writeConsolidatedWorkbook } from "../../shared/xlsx/write-consolidated-workbook";
import { convertWithLibreOffice } from "../support/libreoffice";
import { readSheets } from "./read-recalculated";
import { HOSTILE, hostileFilings, VOLUNTEER } from "./hostile-filings";
import { countColoured, pdfPages, renderPage } from "../support/poppler";

const YEAR = 2026;
const { vn, jb } = hostileFilings(YEAR);
const vnId = filingKey("verwendungsnachweis", vn.meta);
const jbId = filingKey("jahresbericht", jb.meta);

let api: TestApi;
let koord: ApiClient;
const downloads: Record<string, Uint8Array> = {};
/** The filing workbook and the consolidated workbook as LibreOffice prints them (one soffice call). */
let printed: Map<string, Uint8Array>;

beforeAll(async () => {
  api = await startTestApi();
  const traeger = createApiClient({ baseUrl: api.url, token: () => api.token("awo") });
  koord = createApiClient({ baseUrl: api.url, token: () => api.token("koordinierung") });
  for (const filing of [vn, jb]) {
    const stored = await traeger.call("submitFiling", { body: { json: filing } });
    expect(stored.version).toBe(1);
  }
  const at = { programmeId: "stadtteilmanagement", year: YEAR };
  downloads.filingWorkbook = (await traeger.call("getFilingWorkbook", { path: { id: vnId } })).bytes;
  downloads.reportWorkbook = (await traeger.call("getFilingWorkbook", { path: { id: jbId } })).bytes;
  downloads.consolidated = (await koord.call("getConsolidatedWorkbook", { path: at })).bytes;
  downloads.publication = (await koord.call("getPublication", { path: { id: jbId } })).bytes;
  downloads.yearPublication = (await koord.call("getYearPublication", { path: at })).bytes;
  const pdfs = await convertWithLibreOffice(
    [
      { name: "filing.xlsx", content: downloads.filingWorkbook },
      { name: "consolidated.xlsx", content: downloads.consolidated },
    ],
    { format: "pdf" },
  );
  printed = new Map([...pdfs].map(([name, pdf]) => [name, new Uint8Array(pdf)]));
}, 240_000);
afterAll(() => api?.close());

/** Every cell holding one of the hostile texts, with how the file stores it. */
const hostileCells = async (xlsx: Uint8Array) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
  const found: { where: string; type: ExcelJS.ValueType; value: unknown }[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const text = typeof cell.value === "string" ? cell.value : cell.text;
        if (Object.values(HOSTILE).some((h) => text.includes(h)))
          found.push({ where: `${sheet.name}!${cell.address}`, type: cell.type, value: cell.value });
      }),
    ),
  );
  return found;
};

const formulasOf = (xlsx: Uint8Array) =>
  zipEntryNames(xlsx)
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
    .flatMap((n) => [...readZipText(xlsx, n)!.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]!));

describe("typed text that looks like a formula", () => {
  it.each(["filingWorkbook", "reportWorkbook", "consolidated"])("stays text in the %s", async (name) => {
    const cells = await hostileCells(downloads[name]!);
    expect(cells.length).toBeGreaterThanOrEqual(name === "consolidated" ? 9 : 4);
    for (const cell of cells) expect(cell.type, cell.where).toBe(ExcelJS.ValueType.String);
    for (const formula of formulasOf(downloads[name]!))
      for (const h of Object.values(HOSTILE)) expect(formula).not.toContain(h.slice(1));
  });

  it("stays text when LibreOffice recalculates and prints the workbooks", async () => {
    // "=1+1" taken for a formula would print as 2; "+49 4131 0" as a number.
    for (const name of ["filing.xlsx", "consolidated.xlsx"]) {
      const text = (await pdfPages(printed.get(name)!)).join("\n");
      expect(text, name).toContain(HOSTILE.name);
      expect(text, name).toContain(HOSTILE.vorname);
    }
  });

  it("is printed as typed in the publishable PDF", async () => {
    const text = (await pdfPages(downloads.publication!)).join("\n");
    expect(text).toContain(HOSTILE.zielgruppe);
    expect(text).toContain(HOSTILE.abgleich);
  });
});

describe("the publishable Jahresbericht", () => {
  it("carries every section heading of Anlage 1 and no volunteer's name", async () => {
    const text = (await pdfPages(downloads.publication!)).join("\n").replace(/\s+/g, " ");
    for (const heading of ANLAGE1_HEADINGS) expect(text).toContain(heading);
    expect(text).not.toContain(VOLUNTEER);
    expect(text).not.toMatch(/Schmidt/);
    expect(text).toContain("Ehrenamtliche Person 1");
  });

  it("puts all districts of the year into one PDF after a cover with contents", async () => {
    const pages = await pdfPages(downloads.yearPublication!);
    expect(pages[0]).toContain(`Jahresberichte ${YEAR}`);
    expect(pages[0]).toMatch(/Kaltenmoor\s+AWO Kreisverband Lüneburg e\. V\.\s+2/);
    expect(pages[1]).toContain(`Jahresbericht ${YEAR} · Stadtteil Kaltenmoor`);
    expect(pages.join("\n")).not.toContain(VOLUNTEER);
  });
});

describe("the task pane's way: the same sheets from the API's JSON", () => {
  it("gives the rows the server's workbook has", async () => {
    const chunks: number[] = [];
    const client = await writeConsolidatedWorkbook(
      apiConsolidationSource(koord, "stadtteilmanagement", YEAR),
      {
        maxChunkBytes: 2_000,
        onProgress: ({ rows }) => chunks.push(rows),
      },
    );
    const [mine, server] = await Promise.all([readSheets(client), readSheets(downloads.consolidated!)]);
    const withoutLinks = (rows: Record<string, unknown>[]) =>
      rows.map(({ "Gespeicherte Version": _, ...r }) => r);
    for (const name of server.keys())
      expect(withoutLinks(mine.get(name)!.rows), name).toEqual(withoutLinks(server.get(name)!.rows));
    expect(chunks.length).toBeGreaterThan(3);
  });
});

describe("charts of the consolidated workbook", () => {
  it("open in LibreOffice and are drawn on the rendered page", async () => {
    const pdf = (
      await convertWithLibreOffice([{ name: "c.xlsx", content: downloads.consolidated! }], { format: "pdf" })
    ).get("c.xlsx")!;
    const pages = await pdfPages(new Uint8Array(pdf));
    const page = pages.findIndex((p) => p.includes("Wirkungen je Stufe und Stadtteil")) + 1;
    expect(page).toBeGreaterThan(0);
    const { rgb } = await renderPage(pdf, page);
    // The series colours of the chart (Office's palette) fill its columns; nothing else is coloured so.
    expect(
      countColoured(rgb, ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478"]),
    ).toBeGreaterThan(200);
    const yoy = pages.findIndex((p) => p.includes(`Kosten je Stadtteil ${YEAR - 1} und ${YEAR}`)) + 1;
    expect(yoy).toBeGreaterThan(0);
  });
});
