import { beforeAll, describe, expect, it } from "vitest";
import { getConsolidatedWorkbook } from "../../functions/core/get-consolidated-workbook";
import { listFilings } from "../../functions/core/list-filings";
import { koordinierung } from "../../functions/core/fixtures/principals";
import type { ServiceDeps } from "../../functions/core/service-deps";
import { seedDemo } from "../../dev/seed-demo";
import { createTestStore } from "../../functions/store/fixtures/create-test-store";
import { districtName } from "../../shared/programme/stammdaten";
import { readZipText } from "../../shared/xlsx/charts/rewrite-zip";
import { convertWithLibreOffice } from "../support/libreoffice";
import { expectedTotals, storedFilings } from "./expected-totals";
import { readSheets } from "./read-recalculated";

const PROGRAMME = "stadtteilmanagement";
const NOW = new Date("2026-01-20T10:00:00Z");

let deps: ServiceDeps;
let sheets: Awaited<ReturnType<typeof readSheets>>;
let original: Uint8Array;
let expected: ReturnType<typeof expectedTotals>;

beforeAll(async () => {
  const { store } = await createTestStore();
  await seedDemo(store, NOW);
  deps = { store, clock: () => NOW };
  const { body } = await getConsolidatedWorkbook(
    koordinierung,
    { programmeId: PROGRAMME, year: 2025 },
    "http://api.example",
    deps,
  );
  original = body;
  // LibreOffice recomputes every formula on load, so the totals read back are the engine's, not ours.
  const converted = await convertWithLibreOffice([{ name: "konsolidiert.xlsx", content: body }], {
    format: "xlsx",
  });
  sheets = await readSheets(converted.get("konsolidiert.xlsx")!);
  expected = expectedTotals(
    await storedFilings(store, PROGRAMME, 2025),
    await storedFilings(store, PROGRAMME, 2024),
    2025,
  );
}, 180_000);

describe("consolidated workbook of the demo year", () => {
  it("has one overview row per expected filing, the missing ones with status „fehlt“", async () => {
    const list = await listFilings(koordinierung, { programmeId: PROGRAMME, year: 2025 }, deps);
    const overview = sheets.get("Übersicht")!.rows;
    expect(overview).toHaveLength(list.items.length + list.missing.length);
    const missing = overview.filter((r) => r.Status === "fehlt").map((r) => `${r.Stadtteil}|${r.Art}`);
    expect(missing.sort()).toEqual(
      list.missing
        .map(
          (m) =>
            `${districtName(PROGRAMME, m.meta.districtId)}|${m.kind === "jahresbericht" ? "Jahresbericht" : "Verwendungsnachweis"}`,
        )
        .sort(),
    );
    expect(missing.length).toBeGreaterThan(0);
  });

  it("shows every total, recalculated by LibreOffice, equal to the sum over the stored filings to the cent", () => {
    const checked: string[] = [];
    for (const [sheetName, rows] of Object.entries(expected)) {
      if (sheetName === "moneyPerStep") continue;
      const sheet = sheets.get(sheetName);
      expect(sheet, sheetName).toBeDefined();
      for (const [label, columns] of Object.entries(rows as Record<string, Record<string, number>>)) {
        const totals = sheet!.totals.get(label);
        expect(totals, `${sheetName} › ${label}`).toBeDefined();
        for (const [header, value] of Object.entries(columns)) {
          const actual = Number(totals![header] ?? 0);
          expect(Math.round(actual * 100), `${sheetName} › ${label} › ${header}`).toBe(
            Math.round(value * 100),
          );
          checked.push(`${sheetName} › ${header}`);
        }
      }
    }
    expect(checked.length).toBeGreaterThan(40);
  });

  it("keeps the totals live: each is a formula over the data rows", () => {
    const overview = sheets.get("Übersicht")!;
    const row = overview.sheet.getRow(overview.headerRow + overview.rows.length + 1);
    const cell = row.getCell(12).value as { formula?: string };
    expect(cell.formula).toMatch(/^SUMIFS\(L\d+:L\d+,C\d+:C\d+,"Verwendungsnachweis"\)$/);
  });

  it("links every stacked row to its filing and stored version", () => {
    for (const name of ["Personal", "Budget", "Angebote", "Wirkungen", "Plan und Realität"]) {
      const rows = sheets.get(name)!.rows;
      expect(rows.length, name).toBeGreaterThan(0);
      for (const row of rows) {
        expect(String(row.Vorgang)).toMatch(/^stadtteilmanagement\.2025\./);
        expect(String(row["Gespeicherte Version"])).toMatch(/^Version \d+$/);
      }
    }
    // The link is a formula built from ids only (LibreOffice keeps its text when it recalculates),
    // to the web app's view of the version: the API itself would answer a click with 401.
    const personalXml = readZipText(original, "xl/worksheets/sheet2.xml")!;
    expect(personalXml).toMatch(
      /<f>HYPERLINK\(&quot;http:\/\/api\.example\/#vorgang=stadtteilmanagement\.2025\.verwendungsnachweis\.[a-z-]+\.[a-z-]+&amp;version=\d+&quot;,&quot;Version \d+&quot;\)<\/f>/,
    );
  });

  it("lists the review comments with the version they were made on", () => {
    const comments = sheets.get("Kommentare")!.rows.map((r) => r.Kommentar);
    expect(comments).toContain("Bitte die Vergütungsgruppe von Zeile 2 prüfen.");
  });
});
