import { describe, expect, it } from "vitest";
import { LAYOUTS } from "../../shared/layout/layouts";
import {
  BEGRUENDUNG_WORDS,
  IN_WORTEN,
  LEGEND,
  LOCALES,
  pagesWithContent,
  pagesWithoutFooter,
  printedDocs,
  printedWords,
  RETURNED_PAGE,
} from "./fixtures/printed-docs";

// Stored versions as the API hands them out: a Verwendungsnachweis the city returned (v1) and one it
// checked and forwarded (v2), and a Jahresbericht filed with its optional tables empty – beside the
// generated Jahresbericht, which fills every table.
const STORED = ["returned", "forwarded", "filedJahresbericht"] as const;
const { pages, ready, pageOf } = printedDocs([...STORED, "jahresbericht"] as const);
const OPTIONAL_TABLES = LAYOUTS.jahresbericht.tables.filter((t) => t.optional);

describe.each(LOCALES)("printing stored versions in %s", (locale) => {
  it.each(["returned", "forwarded"] as const)(
    "%s: prints every word of the 5,000-character Begründung, amounts German, „in Worten“ unbroken",
    (doc) => {
      ready();
      const all = pages[locale][doc].join(" ");
      expect(printedWords(all, "Bgr")).toEqual(BEGRUENDUNG_WORDS);
      expect(all).toContain("105.668,55 €");
      expect(all).not.toContain("105,668.55");
      expect(all).toContain(IN_WORTEN);
    },
  );

  it("prints no screen legend and no instructions", () => {
    ready();
    for (const doc of STORED)
      for (const text of LEGEND) expect(pageOf(doc, text, locale), `${doc}: ${text}`).toBe(0);
  });

  it("prints a Rückfragen page only on the returned version", () => {
    ready();
    expect(pageOf("returned", RETURNED_PAGE, locale)).toBe(1);
    expect(pageOf("forwarded", RETURNED_PAGE, locale)).toBe(0);
  });

  it("prints no page for an empty optional table, and names the section „keine Angaben.“", () => {
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
  });
});

describe("printing stored versions", () => {
  it.each(STORED)("%s: numbers every page with the filing in the footer", (doc) => {
    ready();
    const kind = doc === "filedJahresbericht" ? "Jahresbericht" : "Verwendungsnachweis";
    expect(pagesWithoutFooter(pages["de-DE"][doc], kind)).toEqual([]);
  });

  it("filedJahresbericht: prints at most one page more than the pages with content", () => {
    ready();
    const printed = pages["de-DE"].filedJahresbericht;
    expect(printed.length).toBeLessThanOrEqual(pagesWithContent(printed).length + 1);
  });
});
