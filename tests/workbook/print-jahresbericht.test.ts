import { describe, expect, it } from "vitest";
import {
  WIRKUNGSTREPPE_OWN_COLUMN,
  WIRKUNGSTREPPE_PARAGRAPHS,
  WIRKUNGSTREPPE_SOURCE,
} from "../../shared/layout/wirkungstreppe-sheet";
import { SEED_QUESTIONS } from "./fixtures/seed-questions";
import {
  HERAUSFORDERUNGEN_WORDS,
  itPrintsEveryPageWhole,
  LEGEND,
  LEISTUNG_WORDS,
  LOCALES,
  pagesWithContent,
  printedDocs,
  printedInOrder,
  printedWords,
  STECKBRIEF_WORDS,
  WIRKUNG_WORDS,
} from "./fixtures/printed-docs";

// The generated Jahresbericht with long texts, printed by LibreOffice in a German and an English locale.
const { pages, pdfs, ready, pageOf, expectInOrder } = printedDocs(["jahresbericht"] as const);

describe.each(LOCALES)("printing the Jahresbericht in %s", (locale) => {
  const all = () => pages[locale].jahresbericht.join(" ");

  it("prints the long texts in full", () => {
    ready();
    expect(STECKBRIEF_WORDS.join(" ").length).toBeGreaterThan(2439);
    expect(printedWords(all(), "Whn")).toEqual(STECKBRIEF_WORDS);
    expect(printedWords(all(), "Hsf")).toEqual(HERAUSFORDERUNGEN_WORDS);
  });

  it("prints long texts of table cells in full, on „Langtexte“, and says so above each table", () => {
    ready();
    expect(WIRKUNG_WORDS.join(" ").length).toBeGreaterThan(2500);
    expect(printedWords(all(), "Wrk")).toEqual(WIRKUNG_WORDS);
    expect(printedWords(all(), "Lsg")).toEqual(LEISTUNG_WORDS);
    for (const where of ["Zeile 1, Erzielte Wirkung", "Zeile 2, Leistung"])
      expect(all()).toContain(`Im Druck gekürzt, vollständig im Blatt „Langtexte“: ${where}.`);
    // After the form's own sheets and Anlage 2.
    expect(pageOf("jahresbericht", "Fortsetzung: lange Texte aus den Tabellen", locale)).toBeGreaterThan(
      pageOf("jahresbericht", "Wirkungstreppe nach Phineo", locale),
    );
  });

  it("prints no screen legend and no instructions", () => {
    ready();
    for (const text of LEGEND) expect(pageOf("jahresbericht", text, locale), text).toBe(0);
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

  it("prints at most one page more than the pages with content", () => {
    ready();
    const printed = pages["de-DE"].jahresbericht;
    expect(printed.length).toBeLessThanOrEqual(pagesWithContent(printed).length + 1);
  });

  itPrintsEveryPageWhole("jahresbericht", { pages, pdfs, ready }, "Jahresbericht");
});
