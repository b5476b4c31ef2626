import { describe, expect, it } from "vitest";
import {
  BEGRUENDUNG,
  BEGRUENDUNG_WORDS,
  BELEGE,
  IN_WORTEN,
  itPrintsEveryPageWhole,
  LEGEND,
  LOCALES,
  printedDocs,
  printedWords,
  RETURNED_PAGE,
} from "./fixtures/printed-docs";

// The generated Verwendungsnachweis, printed by LibreOffice in a German and an English locale.
const { pages, pdfs, control, ready, pageOf, expectInOrder } = printedDocs(["verwendungsnachweis"] as const);

describe.each(LOCALES)("printing the Verwendungsnachweis in %s", (locale) => {
  const all = () => pages[locale].verwendungsnachweis.join(" ");

  it("prints every character of a 5,000-character Begründung, in order", () => {
    ready();
    expect(BEGRUENDUNG.length).toBeGreaterThanOrEqual(5000);
    expect(printedWords(all(), "Bgr")).toEqual(BEGRUENDUNG_WORDS);
  });

  it("prints no screen legend and no instructions", () => {
    ready();
    for (const text of LEGEND) expect(pageOf("verwendungsnachweis", text, locale), text).toBe(0);
  });

  it("prints in the locale it was given: a plain number format follows it", () => {
    ready();
    // Without this, the German amounts below would prove nothing about an English locale.
    expect(control[locale]).toContain(locale === "de-DE" ? "1.234,56" : "1,234.56");
  });

  it("prints amounts German: 105.668,55 €, and „in Worten“ unbroken", () => {
    ready();
    expect(all()).toContain("105.668,55 €");
    expect(all()).not.toContain("105,668.55");
    expect(all()).toContain(IN_WORTEN);
  });

  it("prints the Belege sentence after the twelve numbered budget lines, at the weight of the form", () => {
    ready();
    const text = all();
    const lines = text.indexOf("Projekt/ Angebot/ Maßnahme");
    const numbers = [...text.slice(lines).matchAll(/(?:^|\s)(\d{1,2})\.(?=\s)/g)].map((m) => Number(m[1]));
    expect(numbers.slice(0, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const twelve = lines + text.slice(lines).search(/\s12\.\s/);
    expect(text.indexOf(BELEGE)).toBeGreaterThan(twelve);
  });

  it("prints no Rückfragen page: nothing was returned", () => {
    ready();
    expect(pageOf("verwendungsnachweis", RETURNED_PAGE, locale)).toBe(0);
  });

  it("prints the title once and the recipient a line each", () => {
    ready();
    expect(all().split("Verwendungsnachweis für das Stadtteilmanagement").length - 1).toBe(1);
    expect(all()).toContain(
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

  itPrintsEveryPageWhole("verwendungsnachweis", { pages, pdfs, ready }, "Verwendungsnachweis");
});
