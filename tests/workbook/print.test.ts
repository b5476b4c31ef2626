import { beforeAll, describe, expect, it } from "vitest";
import { sampleJahresbericht, sampleVerwendungsnachweis, type FilingKind } from "../../shared/filing";
import { LAYOUTS } from "../../shared/layout/layouts";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { convertWithLibreOffice } from "../support/libreoffice";
import { pdfPages, renderPage } from "../support/poppler";

// Both forms printed by LibreOffice (the same conversion the PDF routes use), page by page with
// pdftotext: the form's order on A4, no column pushed onto a page of its own, long texts in full.

/** 2.2 Herausforderungen with 1,000+ characters of numbered words: every one must be printed. */
const LONG_WORDS = Array.from({ length: 130 }, (_, i) => `Wort${String(i).padStart(3, "0")}`);
const LONG_TEXT = LONG_WORDS.join(" ");

const flat = (text: string) => text.replace(/\s+/g, " ");
const pages: Record<FilingKind, string[]> = { verwendungsnachweis: [], jahresbericht: [] };
const pdfs: Partial<Record<FilingKind, Uint8Array>> = {};
let setupError: unknown;

beforeAll(async () => {
  try {
    const jb = sampleJahresbericht();
    jb.data.herausforderungen = LONG_TEXT;
    const inputs = [
      { name: "vn.xlsx", content: await writeWorkbook(sampleVerwendungsnachweis()) },
      { name: "jb.xlsx", content: await writeWorkbook(jb) },
    ];
    const converted = await convertWithLibreOffice(inputs, { format: "pdf", locale: "de-DE" });
    pdfs.verwendungsnachweis = converted.get("vn.xlsx")!;
    pdfs.jahresbericht = converted.get("jb.xlsx")!;
    pages.verwendungsnachweis = (await pdfPages(pdfs.verwendungsnachweis)).map(flat);
    pages.jahresbericht = (await pdfPages(pdfs.jahresbericht)).map(flat);
  } catch (err) {
    setupError = err;
  }
}, 120_000);

const ready = () => {
  if (setupError) throw setupError;
};

/** The first page (1-based) whose text contains `text`, 0 if none. */
const pageOf = (kind: FilingKind, text: string) => pages[kind].findIndex((p) => p.includes(text)) + 1;

const expectInOrder = (kind: FilingKind, markers: string[]) => {
  const at = markers.map((m) => [m, pageOf(kind, m)] as const);
  expect(at.filter(([, page]) => page === 0).map(([m]) => m)).toEqual([]);
  const sorted = [...at].sort((a, b) => a[1] - b[1]);
  expect(at.map(([m]) => m)).toEqual(sorted.map(([m]) => m));
};

describe("printing the Verwendungsnachweis", () => {
  it("follows the form: 1., the persons, 2.–4., the budget lines, then Schlussrechnung and signature", () => {
    ready();
    expectInOrder("verwendungsnachweis", [
      "1. Personalkosten",
      "Petersen",
      "2. Verwaltungs- und Leitungskosten",
      "3. Arbeitsplatzbezogene Sachkosten",
      "4. Kosten für präventive Angebote",
      "Honorare Beteiligungswerkstatt",
      "4. Schlussrechnung",
      "5. Rechtsverbindliche Unterschrift",
      "6. 05 Koordinierungsstelle Stadtteilarbeit",
      "7. 05 Stabsstellenleitung zur Kenntnis",
      "51.12 zum Vorgang",
    ]);
    // Persons after section 1 and before 2.; budget lines after 4. and before the Schlussrechnung.
    expect(pageOf("verwendungsnachweis", "Petersen")).toBeLessThan(
      pageOf("verwendungsnachweis", "2. Verwaltungs- und Leitungskosten"),
    );
  });

  it("numbers every page with the filing in the footer", () => {
    ready();
    const all = pages.verwendungsnachweis.filter((p) => p.trim() !== "");
    all.forEach((p, i) => expect(p).toContain(`Seite ${i + 1} von ${all.length}`));
    expect(all.every((p) => p.includes("Verwendungsnachweis 2025"))).toBe(true);
  });
});

describe("printing the Jahresbericht", () => {
  it("follows the Gliederung: 1., 2., 2.1–2.3, 3.1–3.5, 4. — tables in their place", () => {
    ready();
    expectInOrder("jahresbericht", [
      "1. Angaben zum Organisationsprofil",
      "2. Gegenstand und Inhalt des Berichts",
      "2.1 Steckbrief Stadtteil",
      "2.2 Herausforderungen im Stadtteil",
      "2.3 Lösungsansätze",
      "3.1 Eingesetzte Ressourcen",
      "3.2 Personelle Ressourcen",
      "3.3 Erbrachte Leistungen",
      "3.4 Erreichte Wirkungen",
      "3.5 Maßnahmen zur begleitenden Evaluation",
      "4. Ausblick",
    ]);
  });

  it("prints a 1,000-character text in full, word for word in order", () => {
    ready();
    expect(LONG_TEXT.length).toBeGreaterThanOrEqual(1000);
    const all = pages.jahresbericht.join(" ");
    const printed = all.match(/Wort\d{3}/g) ?? [];
    expect(printed).toEqual(LONG_WORDS);
  });
});

describe("no column runs past the page edge", () => {
  // LibreOffice prints columns that do not fit on a page of their own; every header word of a table
  // on one page means the table's width fits.
  it.each(["verwendungsnachweis", "jahresbericht"] as const)(
    "%s: each table's headers on one page",
    (kind) => {
      ready();
      for (const table of LAYOUTS[kind].tables) {
        const words = table.columns.flatMap((c) => c.header.split(/\s+/));
        const page = pages[kind].find((p) => words.every((w) => p.includes(w)));
        expect(page, `${table.name}: ${words.join(" ")}`).toBeDefined();
      }
    },
  );

  // The page's right margin (0,6 inch) stays white: a cell running into it is cut at the paper edge.
  it.each(["verwendungsnachweis", "jahresbericht"] as const)(
    "%s: nothing printed in the right margin",
    async (kind) => {
      ready();
      const DPI = 40;
      const margin = Math.floor(0.5 * DPI);
      const inked: number[] = [];
      for (let page = 1; page <= pages[kind].filter((p) => p.trim() !== "").length; page++) {
        const { width, height, rgb } = await renderPage(pdfs[kind]!, page, DPI);
        let dark = 0;
        for (let y = 0; y < height; y++)
          for (let x = width - margin; x < width; x++) {
            const i = (y * width + x) * 3;
            if (rgb[i]! < 235 || rgb[i + 1]! < 235 || rgb[i + 2]! < 235) dark++;
          }
        if (dark > 0) inked.push(page);
      }
      expect(inked, "Seiten mit Inhalt im rechten Rand").toEqual([]);
    },
  );
});
