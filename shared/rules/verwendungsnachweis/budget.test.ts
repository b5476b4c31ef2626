import { describe, expect, it } from "vitest";
import type { BudgetZeile } from "../../filing/verwendungsnachweis";
import { balance, briefValidate, vnWith } from "../fixtures/filings";

const lines = (count: number): BudgetZeile[] =>
  Array.from({ length: count }, (_, i) => ({ beschreibung: `Angebot ${i + 1}`, betrag: 10_000 }));

const withLines = (zeilen: BudgetZeile[]) =>
  vnWith((vn) => {
    vn.budget.zeilen = zeilen;
    vn.budget.betrag = zeilen.reduce((sum, z) => sum + (z.betrag ?? 0), 0);
    balance(vn);
  });

describe("VN-BUDGET-ZEILEN-MAX", () => {
  it("accepts 12 budget lines", () => {
    const filing = withLines(lines(12));

    expect(briefValidate(filing)).toEqual([]);
  });

  it("rejects 13 budget lines", () => {
    const filing = withLines(lines(13));

    const findings = briefValidate(filing);

    expect(findings).toEqual([
      { ruleId: "VN-BUDGET-ZEILEN-MAX", severity: "fehler", path: ["budget", "zeilen"] },
    ]);
  });

  it("does not count blank lines of the table", () => {
    const filing = withLines([...lines(12), { beschreibung: "  ", betrag: null }]);

    expect(briefValidate(filing)).toEqual([]);
  });
});

describe("VN-BUDGET-SUMME", () => {
  it("rejects budget lines that add up to one cent more than the amount", () => {
    const filing = vnWith((vn) => {
      const first = vn.budget.zeilen[0]!;
      first.betrag = (first.betrag ?? 0) + 1;
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([{ ruleId: "VN-BUDGET-SUMME", severity: "fehler", path: ["budget", "betrag"] }]);
  });

  it("rejects an amount without any budget lines", () => {
    const filing = vnWith((vn) => {
      vn.budget.zeilen = [];
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([{ ruleId: "VN-BUDGET-SUMME", severity: "fehler", path: ["budget", "betrag"] }]);
  });

  it("accepts budget lines that add up exactly to the amount", () => {
    const filing = withLines([
      { beschreibung: "Stadtteilfest", betrag: 123_456 },
      { beschreibung: "Honorare", betrag: 1 },
    ]);

    expect(briefValidate(filing)).toEqual([]);
  });
});

describe("VN-BUDGET-ZEILE-BESCHREIBUNG", () => {
  it("rejects a budget line with an amount but no description", () => {
    const filing = vnWith((vn) => {
      vn.budget.zeilen[1]!.beschreibung = " ";
    });

    const findings = briefValidate(filing);

    expect(findings).toEqual([
      {
        ruleId: "VN-BUDGET-ZEILE-BESCHREIBUNG",
        severity: "fehler",
        path: ["budget", "zeilen", 1, "beschreibung"],
      },
    ]);
  });

  it("accepts a description without an amount (a line still being filled in)", () => {
    const filing = withLines([...lines(2), { beschreibung: "Nächstes Jahr", betrag: null }]);

    expect(briefValidate(filing)).toEqual([]);
  });
});
