import { describe, expect, it } from "vitest";
import { checkBelegliste, type Beleg } from "./belegliste";

const beleg = (belegnr: string, betrag: number, extra: Partial<Beleg> = {}): Beleg => ({
  belegnr,
  datum: "2025-06-01",
  zahlungsempfaenger: "Druckerei",
  zweck: "Flyer",
  betrag,
  kostenart: "sachkosten",
  budgetzeile: null,
  ...extra,
});
const KOSTENARTEN = ["personalkosten", "sachkosten", "budget"] as const;
const form = { kostenarten: { personalkosten: 0, sachkosten: 10_000, budget: 500 }, budgetzeilen: [500] };
const ok = [beleg("1", 4_000), beleg("2", 6_000), beleg("3", 500, { kostenart: "budget", budgetzeile: 1 })];
const ids = (belege: Beleg[]) => checkBelegliste(belege, form, KOSTENARTEN, 2025).map((f) => f.ruleId);

describe("checkBelegliste", () => {
  it("passes when the sums agree at the cent", () => {
    expect(ids(ok)).toEqual([]);
  });

  it("finds a Kostenart sum off by one cent, naming both amounts", () => {
    const [f] = checkBelegliste([...ok.slice(0, 1), beleg("2", 5_999), ok[2]!], form, KOSTENARTEN, 2025);
    expect(f).toMatchObject({ ruleId: "VN-BELEG-SUMME" });
    expect(f!.message).toMatch(/99,99\s€.*100,00\s€/);
  });

  it("finds a budget line off by one cent", () => {
    expect(ids([ok[0]!, ok[1]!, beleg("3", 499, { kostenart: "budget", budgetzeile: 1 })])).toEqual([
      "VN-BELEG-SUMME",
      "VN-BELEG-BUDGETZEILE",
    ]);
  });

  it("accepts 31.12. of the Förderjahr and refuses 01.01. of the next", () => {
    expect(ids([ok[0]!, beleg("2", 6_000, { datum: "2025-12-31" }), ok[2]!])).toEqual([]);
    expect(ids([ok[0]!, beleg("2", 6_000, { datum: "2026-01-01" }), ok[2]!])).toEqual(["VN-BELEG-DATUM"]);
  });

  it("refuses a duplicate Belegnr.", () => {
    expect(ids([ok[0]!, beleg(" 1 ", 6_000), ok[2]!])).toEqual(["VN-BELEG-DOPPELT"]);
  });

  it("ignores Kostenarten the programme does not prove by Belege (the Verwaltungspauschale)", () => {
    expect(
      checkBelegliste(
        ok,
        { ...form, kostenarten: { ...form.kostenarten, verwaltung: 999 } },
        KOSTENARTEN,
        2025,
      ),
    ).toEqual([]);
  });
});

describe("checkBelegliste on rows as the workbook reads them", () => {
  const empty = {
    belegnr: "",
    datum: null,
    zahlungsempfaenger: "",
    zweck: "",
    betrag: null,
    kostenart: null,
    budgetzeile: null,
  };

  it("does not compare the sums of an empty Belegliste (none kept, e.g. a workbook issued before it)", () => {
    expect(checkBelegliste([], form, KOSTENARTEN, 2025)).toEqual([]);
  });

  it("names what a half-filled row lacks, at its first empty cell", () => {
    const [f] = checkBelegliste([...ok, { ...empty, zweck: "Porto", betrag: 0 }], form, KOSTENARTEN, 2025);
    expect(f).toMatchObject({ ruleId: "VN-BELEG-ANGABEN", zeile: 3, feld: "belegnr" });
    expect(f!.message).toContain("„Belegnr.“, „Datum“, „Kostenart“");
  });

  it("asks a budget Beleg for its line, and other Belege for none", () => {
    const found = checkBelegliste(
      [ok[0]!, beleg("2", 6_000, { budgetzeile: 1 }), beleg("3", 500, { kostenart: "budget" })],
      form,
      KOSTENARTEN,
      2025,
    );
    expect(found.map((f) => [f.ruleId, f.zeile])).toEqual([
      ["VN-BELEG-BUDGETZEILE", null],
      ["VN-BELEG-BUDGETZEILE", 1],
      ["VN-BELEG-BUDGETZEILE", 2],
    ]);
  });

  it("refuses a budget line the form does not have", () => {
    const found = checkBelegliste(
      [ok[0]!, ok[1]!, ok[2]!, beleg("4", 0, { kostenart: "budget", budgetzeile: 2 })],
      form,
      KOSTENARTEN,
      2025,
    );
    expect(found.map((f) => [f.ruleId, f.zeile, f.message])).toEqual([
      ["VN-BELEG-BUDGETZEILE", 3, expect.stringContaining("Budgetzeile 2 gibt es im Formular nicht")],
    ]);
  });
});
