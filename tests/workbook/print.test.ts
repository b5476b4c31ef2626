import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { type FilingKind } from "../../shared/filing";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { LAYOUTS } from "../../shared/layout/layouts";
import {
  WIRKUNGSTREPPE_OWN_COLUMN,
  WIRKUNGSTREPPE_PARAGRAPHS,
  WIRKUNGSTREPPE_SOURCE,
} from "../../shared/layout/wirkungstreppe-sheet";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { SEED_QUESTIONS } from "./fixtures/seed-questions";
import { storedJahresbericht, storedVersions } from "./fixtures/stored-versions";
import { convertWithLibreOffice } from "../support/libreoffice";
import { pdfPages, renderPage } from "../support/poppler";

// Both forms, and a stored version the city returned and one it checked and forwarded, printed by
// LibreOffice (the same conversion the PDF routes use) in a German and an English locale, read page
// by page with pdftotext and looked at as rendered pages: what a Rechnungsprüfung gets on paper.

/** Numbered words, so a word left out or cut is found by its number. */
const words = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(4, "0")}`);
const BEGRUENDUNG_WORDS = words("Bgr", 630);
const BEGRUENDUNG = BEGRUENDUNG_WORDS.join(" ");
const STECKBRIEF_WORDS = words("Whn", 320);
const HERAUSFORDERUNGEN_WORDS = words("Hsf", 130);
// Table cells: a table row prints at most 409 pt high, so these go on in full on „Langtexte“.
const WIRKUNG_WORDS = words("Wrk", 320);
const LEISTUNG_WORDS = words("Lsg", 700);

const IN_WORTEN = "einhundertfünftausendsechshundertachtundsechzig Euro und fünfundfünfzig Cent";
const LEGEND = [
  "Gelb: hier eintragen",
  "Grau: wird berechnet",
  "Eine Zeile je Person",
  "Höchstens 12 Zeilen",
  "Drucken aus Excel mit englischen Trennzeichen",
];
const RETURNED_PAGE = "Rückfragen der Koordinierungsstelle";
const BELEGE = "Die oben angegebenen Kosten sind an Hand von Einzelbelegen nachweisbar.";

/** `filedJahresbericht`: stored and downloaded as filed, its optional tables (2. Inhalt, 3.2, 3.5) empty. */
type Doc = FilingKind | "returned" | "forwarded" | "filedJahresbericht";
const DOCS: Doc[] = ["verwendungsnachweis", "jahresbericht", "returned", "forwarded", "filedJahresbericht"];
const OPTIONAL_TABLES = LAYOUTS.jahresbericht.tables.filter((t) => t.optional);
const LOCALES = ["de-DE", "en-US"] as const;
type Locale = (typeof LOCALES)[number];

const flat = (text: string) => text.replace(/\s+/g, " ");
const pages = {} as Record<Locale, Record<Doc, string[]>>;
const pdfs = {} as Record<Locale, Record<Doc, Uint8Array>>;
const control = {} as Record<Locale, string>;

/** An amount in the plain format `#,##0.00`, which prints in the locale's separators. */
const controlWorkbook = async () => {
  const book = new ExcelJS.Workbook();
  const cell = book.addWorksheet("Kontrolle").getCell("A1");
  cell.value = 1234.56;
  cell.numFmt = "#,##0.00";
  return new Uint8Array(await book.xlsx.writeBuffer());
};
let api: TestApi | undefined;
let setupError: unknown;

beforeAll(async () => {
  try {
    const vn = sampleVerwendungsnachweis({
      programmeId: "stadtteilmanagement",
      traegerId: "awo",
      districtId: "kaltenmoor",
      year: 2025,
    });
    vn.data.schlussrechnung.begruendung = BEGRUENDUNG;
    const jb = sampleJahresbericht();
    jb.data.steckbrief.wohnsituation = STECKBRIEF_WORDS.join(" ");
    jb.data.herausforderungen = HERAUSFORDERUNGEN_WORDS.join(" ");
    jb.data.wirkungen[0]!.wirkung = WIRKUNG_WORDS.join(" ");
    jb.data.loesungsansaetze[1]!.leistung = LEISTUNG_WORDS.join(" ");
    api = await startTestApi();
    const stored = await storedVersions(api, vn);
    const filed = sampleJahresbericht();
    filed.data.gegenstand.inhalt = [];
    filed.data.personelleRessourcen = [];
    filed.data.angebote = [];
    const contents: Record<Doc, Uint8Array> = {
      verwendungsnachweis: await writeWorkbook(vn),
      jahresbericht: await writeWorkbook(jb),
      ...stored,
      filedJahresbericht: await storedJahresbericht(api, filed),
    };
    const inputs = [
      ...DOCS.map((doc) => ({ name: `${doc}.xlsx`, content: contents[doc] })),
      { name: "control.xlsx", content: await controlWorkbook() },
    ];
    // One soffice call per locale: starting LibreOffice costs more than converting.
    for (const locale of LOCALES) {
      const converted = await convertWithLibreOffice(inputs, { format: "pdf", locale });
      pdfs[locale] = {} as Record<Doc, Uint8Array>;
      pages[locale] = {} as Record<Doc, string[]>;
      for (const doc of DOCS) {
        pdfs[locale][doc] = converted.get(`${doc}.xlsx`)!;
        pages[locale][doc] = (await pdfPages(pdfs[locale][doc])).map(flat).filter((p) => p.trim() !== "");
      }
      control[locale] = (await pdfPages(converted.get("control.xlsx")!)).join(" ");
    }
  } catch (err) {
    setupError = err;
  }
}, 240_000);

afterAll(() => api?.close());

const ready = () => {
  if (setupError) throw setupError;
};

/** The first page (1-based) whose text contains `text`, 0 if none. */
const pageOf = (kind: Doc, text: string, locale: Locale = "de-DE") =>
  pages[locale][kind].findIndex((p) => p.includes(text)) + 1;

const expectInOrder = (kind: FilingKind, markers: string[]) => {
  const at = markers.map((m) => [m, pageOf(kind, m)] as const);
  expect(at.filter(([, page]) => page === 0).map(([m]) => m)).toEqual([]);
  const sorted = [...at].sort((a, b) => a[1] - b[1]);
  expect(at.map(([m]) => m)).toEqual(sorted.map(([m]) => m));
};

/**
 * The numbered words of `prefix` as printed, each counted once: where a text runs on over a page
 * break, pdftotext also finds the lines clipped at the page's edge, so a word may come twice.
 */
const printedWords = (text: string, prefix: string) => [
  ...new Set(text.match(new RegExp(`${prefix}\\d{4}`, "g")) ?? []),
];

/**
 * Whether the words of `text` are printed in order, close together: pdftotext -layout reads a
 * caption wrapped beside its value line by line, so the value's words come between the caption's.
 */
const printedInOrder = (tokens: readonly string[], text: string) => {
  const wanted = text.split(" ");
  return tokens.some((token, start) => {
    if (token !== wanted[0]) return false;
    let at = start;
    for (const word of wanted.slice(1)) {
      const next = tokens.indexOf(word, at + 1);
      if (next < 0 || next - at > 40) return false;
      at = next;
    }
    return true;
  });
};

describe.each(LOCALES)("printing in %s", (locale) => {
  it("prints every character of a 5,000-character Begründung, in order, in the generated and the stored forms", () => {
    ready();
    expect(BEGRUENDUNG.length).toBeGreaterThanOrEqual(5000);
    for (const doc of ["verwendungsnachweis", "returned", "forwarded"] as const)
      expect(printedWords(pages[locale][doc].join(" "), "Bgr"), doc).toEqual(BEGRUENDUNG_WORDS);
  });

  it("prints the long texts of the Jahresbericht in full", () => {
    ready();
    const all = pages[locale].jahresbericht.join(" ");
    expect(STECKBRIEF_WORDS.join(" ").length).toBeGreaterThan(2439);
    expect(printedWords(all, "Whn")).toEqual(STECKBRIEF_WORDS);
    expect(printedWords(all, "Hsf")).toEqual(HERAUSFORDERUNGEN_WORDS);
  });

  it("prints long texts of table cells in full, on „Langtexte“, and says so above each table", () => {
    ready();
    const all = pages[locale].jahresbericht.join(" ");
    expect(WIRKUNG_WORDS.join(" ").length).toBeGreaterThan(2500);
    expect(printedWords(all, "Wrk")).toEqual(WIRKUNG_WORDS);
    expect(printedWords(all, "Lsg")).toEqual(LEISTUNG_WORDS);
    for (const where of ["Zeile 1, Erzielte Wirkung", "Zeile 2, Leistung"])
      expect(all).toContain(`Im Druck gekürzt, vollständig im Blatt „Langtexte“: ${where}.`);
    // After the form's own sheets and Anlage 2.
    expect(pageOf("jahresbericht", "Fortsetzung: lange Texte aus den Tabellen", locale)).toBeGreaterThan(
      pageOf("jahresbericht", "Wirkungstreppe nach Phineo", locale),
    );
  });

  it("prints no screen legend and no instructions", () => {
    ready();
    for (const doc of DOCS)
      for (const text of LEGEND) expect(pageOf(doc, text, locale), `${doc}: ${text}`).toBe(0);
  });

  it("prints in the locale it was given: a plain number format follows it", () => {
    ready();
    // Without this, the German amounts below would prove nothing about an English locale.
    expect(control[locale]).toContain(locale === "de-DE" ? "1.234,56" : "1,234.56");
  });

  it("prints amounts German: 105.668,55 €", () => {
    ready();
    for (const doc of ["verwendungsnachweis", "returned", "forwarded"] as const) {
      const all = pages[locale][doc].join(" ");
      expect(all, doc).toContain("105.668,55 €");
      expect(all, doc).not.toContain("105,668.55");
    }
  });

  it("prints „in Worten“ unbroken", () => {
    ready();
    for (const doc of ["verwendungsnachweis", "returned", "forwarded"] as const)
      expect(pages[locale][doc].join(" "), doc).toContain(IN_WORTEN);
  });

  it("prints the Belege sentence after the twelve numbered budget lines, at the weight of the form", () => {
    ready();
    const all = pages[locale].verwendungsnachweis.join(" ");
    const lines = all.indexOf("Projekt/ Angebot/ Maßnahme");
    const numbers = [...all.slice(lines).matchAll(/(?:^|\s)(\d{1,2})\.(?=\s)/g)].map((m) => Number(m[1]));
    expect(numbers.slice(0, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const twelve = lines + all.slice(lines).search(/\s12\.\s/);
    expect(all.indexOf(BELEGE)).toBeGreaterThan(twelve);
  });

  it("prints a Rückfragen page only on the returned version", () => {
    ready();
    expect(pageOf("returned", RETURNED_PAGE, locale)).toBe(1);
    expect(pageOf("forwarded", RETURNED_PAGE, locale)).toBe(0);
    expect(pageOf("verwendungsnachweis", RETURNED_PAGE, locale)).toBe(0);
  });

  it("prints the title once and the recipient a line each", () => {
    ready();
    const all = pages[locale].verwendungsnachweis.join(" ");
    expect(all.split("Verwendungsnachweis für das Stadtteilmanagement").length - 1).toBe(1);
    expect(all).toContain(
      "Hansestadt Lüneburg Stabsstelle 05 Koordinierungsstelle Stadtteilarbeit Klosterhof 21335 Lüneburg",
    );
  });
});

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
      BELEGE,
      "4. Schlussrechnung",
      "5. Rechtsverbindliche Unterschrift",
      "6. 05 Koordinierungsstelle Stadtteilarbeit",
      "7. 05 Stabsstellenleitung zur Kenntnis",
      "51.12 zum Vorgang",
    ]);
  });

  it.each(DOCS)("%s: numbers every page with the filing in the footer", (doc) => {
    ready();
    const all = pages["de-DE"][doc];
    all.forEach((p, i) => expect(p, `${doc}, Seite ${i + 1}`).toContain(`Seite ${i + 1} von ${all.length}`));
    const kind =
      doc === "jahresbericht" || doc === "filedJahresbericht" ? "Jahresbericht" : "Verwendungsnachweis";
    expect(all.filter((p) => !p.includes(`${kind} 2025 · AWO Kreisverband Lüneburg e. V.`))).toEqual([]);
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
      // 3.4's guiding sentence names „4. Ausblick“ too: the heading is the one its prompt follows.
      "4. Ausblick Planung und Ziele",
    ]);
  });

  it("prints every question and guiding sentence of Anlage 1 unabridged", () => {
    ready();
    const tokens = pages["de-DE"].jahresbericht.join(" ").split(" ");
    expect(SEED_QUESTIONS.filter((q) => !printedInOrder(tokens, q))).toEqual([]);
  });

  it("prints Anlage 2 complete: three paragraphs, the source, our own column marked as ours", () => {
    ready();
    const all = pages["de-DE"].jahresbericht.join(" ");
    for (const text of [...WIRKUNGSTREPPE_PARAGRAPHS, WIRKUNGSTREPPE_SOURCE, WIRKUNGSTREPPE_OWN_COLUMN])
      expect(all).toContain(text);
  });

  it.each(["jahresbericht", "filedJahresbericht"] as const)(
    "%s: prints at most one page more than the pages with content",
    (doc) => {
      ready();
      const printed = pages["de-DE"][doc];
      const data = sampleJahresbericht().data;
      const leaves = JSON.stringify(data).match(/"[^"]{12,}"/g) ?? [];
      const samples = leaves.map((s) => flat(JSON.parse(s) as string).slice(0, 12));
      const hasContent = (p: string) =>
        /(Whn|Hsf|Wrk|Lsg)\d{4}/.test(p) ||
        p.includes("Wirkungstreppe nach Phineo") ||
        samples.some((s) => p.includes(s));
      expect(printed.length).toBeLessThanOrEqual(printed.filter(hasContent).length + 1);
    },
  );

  it.each(LOCALES)(
    "in %s, a stored version prints no page for an empty optional table, and names the section „keine Angaben.“",
    (locale) => {
      ready();
      const filed = pages[locale].filedJahresbericht;
      for (const table of OPTIONAL_TABLES) {
        const headers = table.columns.map((c) => c.header);
        expect(
          filed.filter((p) => headers.every((h) => p.includes(h))),
          `${table.sheet}: eine Seite mit den leeren Spalten ${headers.join(" · ")}`,
        ).toEqual([]);
      }
      const all = filed.join(" ");
      for (const said of [
        "Inhalt: Im Folgenden wird über diese Angebote und Projekte berichtet: keine Angaben.",
        "3.2 Personelle Ressourcen (Input): keine Angaben.",
        "3.5 Maßnahmen zur begleitenden Evaluation und Qualitätssicherung: keine Angaben.",
      ])
        expect(all).toContain(said);
      // The generated sample fills every table: nothing is left out there.
      expect(pages[locale].jahresbericht.length).toBeGreaterThan(filed.length);
    },
  );
});

describe("no column runs past the page edge", () => {
  // LibreOffice prints columns that do not fit on a page of their own; every header word of a table
  // on one page means the table's width fits.
  it.each(["verwendungsnachweis", "jahresbericht"] as const)(
    "%s: each table's headers on one page",
    (kind) => {
      ready();
      for (const table of LAYOUTS[kind].tables) {
        const headerWords = table.columns.flatMap((c) => c.header.split(/\s+/));
        const page = pages["de-DE"][kind].find((p) => headerWords.every((w) => p.includes(w)));
        expect(page, `${table.name}: ${headerWords.join(" ")}`).toBeDefined();
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
      for (let page = 1; page <= pages["de-DE"][kind].length; page++) {
        const { width, height, rgb } = await renderPage(pdfs["de-DE"][kind], page, DPI);
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
