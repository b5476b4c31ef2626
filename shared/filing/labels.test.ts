import { describe, expect, it } from "vitest";
import { compareFieldPaths, labelForPath } from "./labels";

describe("labelForPath", () => {
  it("names a field by the paper form's labels, rows 1-based", () => {
    expect(labelForPath("verwendungsnachweis", ["personal", "zeilen", 2, "stellenanteil"], undefined)).toBe(
      "1. Personalkosten › Zeile 3 › Stellenanteil",
    );
    expect(labelForPath("verwendungsnachweis", ["kopf", "absender"], undefined)).toBe(
      "Kopf › Träger/Absender",
    );
  });

  it("names the programme's words in its pack's, neutral ones where no programme is known", () => {
    const budgetLine = ["budget", "zeilen", 2, "betrag"];
    expect(labelForPath("verwendungsnachweis", budgetLine, "stadtteilmanagement")).toBe(
      "4. Kosten für präventive Angebote der Gemeinwesenarbeit (Stadtteilmanagementbudget) › Zeile 3 › Betrag",
    );
    expect(labelForPath("verwendungsnachweis", budgetLine, undefined)).toBe(
      "4. Kosten für präventive Angebote der Gemeinwesenarbeit (Budget für präventive Angebote) › Zeile 3 › Betrag",
    );
    expect(labelForPath("jahresbericht", ["ressourcen", "stadtteilmanagement"], "stadtteilmanagement")).toBe(
      "3.1 Eingesetzte Ressourcen (Input) › Stadtteilmanagement",
    );
  });

  it.each([
    [["__proto__", "__proto__"], "__proto__ › __proto__"],
    [["constructor", "prototype", "toString"], "constructor › prototype › toString"],
    [["kopf", "__proto__", "hasOwnProperty"], "Kopf › __proto__ › hasOwnProperty"],
  ])("shows prototype keys %j as they are instead of walking into Object.prototype", (path, label) => {
    expect(labelForPath("verwendungsnachweis", path, undefined)).toBe(label);
    // A key the form does not know sorts after every field it knows, as any unknown key does.
    expect(compareFieldPaths("jahresbericht", path, ["ausblick"])).toBeGreaterThan(0);
    expect(compareFieldPaths("jahresbericht", ["ausblick"], path)).toBeLessThan(0);
  });
});

describe("compareFieldPaths", () => {
  it("orders fields as the paper does, rows by number (row 2 before row 10)", () => {
    const paths = [
      ["personal", "zeilen", 10, "name"],
      ["kopf", "absender"],
      ["personal", "zeilen", 2, "name"],
    ];
    expect([...paths].sort((a, b) => compareFieldPaths("verwendungsnachweis", a, b))).toEqual([
      ["kopf", "absender"],
      ["personal", "zeilen", 2, "name"],
      ["personal", "zeilen", 10, "name"],
    ]);
  });
});
