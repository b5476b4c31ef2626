import { describe, expect, it } from "vitest";
import { carryOverFromPreviousYear } from "./forms";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../samples/sample-filings";

describe("carryOverFromPreviousYear", () => {
  it("keeps the Personal rows without their costs and clears every amount", () => {
    const last = sampleVerwendungsnachweis();
    const next = carryOverFromPreviousYear(last, 2026);
    if (next.kind !== "verwendungsnachweis") throw new Error("Verwendungsnachweis erwartet");
    expect(next.meta.year).toBe(2026);
    expect(next.data.kopf.jahr).toBe(2026);
    expect(next.data.kopf.traegerName).toBe(last.data.kopf.traegerName);
    expect(next.data.personal.zeilen.map((z) => [z.name, z.stellenanteil, z.personalkosten])).toEqual(
      last.data.personal.zeilen.map((z) => [z.name, z.stellenanteil, null]),
    );
    expect([
      next.data.kopf.zuschuss,
      next.data.verwaltung,
      next.data.budget.betrag,
      next.data.personal.summe,
    ]).toEqual([null, null, null, null]);
    expect(next.data.unterschrift).toEqual({ name: "", funktion: "", datum: null });
  });

  it("takes over Steckbrief and Lösungsansätze of a Jahresbericht, nothing reported for the year", () => {
    const last = sampleJahresbericht();
    const next = carryOverFromPreviousYear(last, 2026);
    if (next.kind !== "jahresbericht") throw new Error("Jahresbericht erwartet");
    expect(next.data.steckbrief).toEqual(last.data.steckbrief);
    expect(next.data.loesungsansaetze).toEqual(last.data.loesungsansaetze);
    expect(next.data.wirkungen).toEqual([]);
    expect(next.data.ressourcen.personalkosten).toBeNull();
    expect(next.data.gegenstand.berichtszeitraum).toBe("01.01.2026 – 31.12.2026");
  });

  it("does not change the filing it copies from", () => {
    const last = sampleVerwendungsnachweis();
    const before = structuredClone(last);
    carryOverFromPreviousYear(last, 2026);
    expect(last).toEqual(before);
  });
});
