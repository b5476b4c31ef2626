import { describe, expect, it } from "vitest";
import { diffFilings } from "./diff-filings";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../samples/sample-filings";

describe("diffFilings", () => {
  it("finds no changes between equal filings", () => {
    expect(diffFilings(sampleVerwendungsnachweis(), sampleVerwendungsnachweis())).toEqual([]);
  });

  it("names a changed field by path and German label with both values", () => {
    const a = sampleVerwendungsnachweis();
    const b = structuredClone(a);
    b.data.personal.zeilen[1]!.stellenanteil = 0.6;
    b.data.sachkosten = 640_000;
    expect(diffFilings(a, b)).toEqual([
      {
        path: ["personal", "zeilen", 1, "stellenanteil"],
        label: "1. Personalkosten › Zeile 2 › Stellenanteil",
        change: "changed",
        before: 0.5,
        after: 0.6,
      },
      {
        path: ["sachkosten"],
        label: "3. Arbeitsplatzbezogene Sachkosten",
        change: "changed",
        before: 650_000,
        after: 640_000,
      },
    ]);
  });

  it("lists every field of an added row as added, without a before value", () => {
    const a = sampleVerwendungsnachweis();
    const b = structuredClone(a);
    b.data.budget.zeilen.push({ beschreibung: "Fahrtkosten", betrag: 1_000 });
    const changes = diffFilings(a, b);
    expect(changes).toEqual([
      {
        path: ["budget", "zeilen", 3, "beschreibung"],
        label: expect.stringMatching(/› Zeile 4 › Projekt\/ Angebot\/ Maßnahme$/),
        change: "added",
        after: "Fahrtkosten",
      },
      expect.objectContaining({ path: ["budget", "zeilen", 3, "betrag"], change: "added", after: 1_000 }),
    ]);
    expect("before" in changes[0]!).toBe(false);
  });

  it("lists the fields of a removed row as removed and compares arrays by index", () => {
    const a = sampleJahresbericht();
    const b = structuredClone(a);
    b.data.gegenstand.inhalt = ["Stadtteilfest"];
    expect(diffFilings(a, b).map((c) => [c.path.join("."), c.change, c.before, c.after])).toEqual([
      ["gegenstand.inhalt.0", "changed", "Nachbarschaftscafé", "Stadtteilfest"],
      ["gegenstand.inhalt.1", "removed", "Stadtteilfest", undefined],
      ["gegenstand.inhalt.2", "removed", "Stadtteilrunde", undefined],
    ]);
  });

  it("tells null from a value", () => {
    const a = sampleVerwendungsnachweis();
    const b = structuredClone(a);
    b.data.kopf.datum = null;
    expect(diffFilings(a, b)).toEqual([
      expect.objectContaining({
        path: ["kopf", "datum"],
        change: "changed",
        before: "2026-03-15",
        after: null,
      }),
    ]);
  });
});
