import { describe, expect, it } from "vitest";
import { filterRows, sortRows, type FilingRow } from "./filing-rows";

const row = (over: Partial<FilingRow>): FilingRow => ({
  filingId: "x",
  stored: true,
  traeger: "AWO",
  district: "Kaltenmoor",
  kind: "verwendungsnachweis",
  form: "Verwendungsnachweis",
  status: "eingereicht",
  version: 1,
  submittedAt: "2026-03-01T10:00:00.000Z",
  dueDate: "2026-06-30",
  overdue: false,
  zuschuss: 100,
  kostensumme: 100,
  differenz: 0,
  befunde: 0,
  ...over,
});

describe("sortRows", () => {
  it("sorts amounts as numbers and puts missing filings' empty cells last either way", () => {
    const rows = [
      row({ filingId: "a", zuschuss: 900 }),
      row({ filingId: "b", zuschuss: null }),
      row({ filingId: "c", zuschuss: 10_000 }),
    ];
    expect(sortRows(rows, { key: "zuschuss", direction: "ascending" }).map((r) => r.filingId)).toEqual([
      "a",
      "c",
      "b",
    ]);
    expect(sortRows(rows, { key: "zuschuss", direction: "descending" }).map((r) => r.filingId)).toEqual([
      "c",
      "a",
      "b",
    ]);
  });
  it("sorts text by German collation (Ö beside O)", () => {
    const rows = [
      row({ filingId: "z", district: "Zentrum" }),
      row({ filingId: "o", district: "Ökostadt" }),
      row({ filingId: "a", district: "Altstadt" }),
    ];
    expect(sortRows(rows, { key: "district", direction: "ascending" }).map((r) => r.filingId)).toEqual([
      "a",
      "o",
      "z",
    ]);
  });
});

describe("filterRows", () => {
  it("keeps rows by status and by text in Träger or Stadtteil", () => {
    const rows = [row({ filingId: "a" }), row({ filingId: "b", status: "fehlt", traeger: "Caritas" })];
    expect(filterRows(rows, "", "fehlt").map((r) => r.filingId)).toEqual(["b"]);
    expect(filterRows(rows, "cari", "").map((r) => r.filingId)).toEqual(["b"]);
    expect(filterRows(rows, "kalten", "").map((r) => r.filingId)).toEqual(["a", "b"]);
  });
});
