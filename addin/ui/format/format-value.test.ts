import { describe, expect, it } from "vitest";
import { formatDate, formatFieldValue, plural } from "./format-value";

const nbsp = (s: string) => s.replace(/\u00a0/g, " ");

describe("formatFieldValue", () => {
  it("formats amounts as euros, shares as percent and dates as dd.mm.yyyy by the layout's value type", () => {
    const vn = (path: (string | number)[], v: unknown) =>
      nbsp(formatFieldValue("verwendungsnachweis", path, v));
    expect(vn(["personal", "zeilen", 0, "personalkosten"], 5_123_456)).toBe("51.234,56 €");
    expect(vn(["personal", "zeilen", 0, "stellenanteil"], 0.75)).toBe("75 %");
    expect(vn(["personal", "zeilen", 0, "stellenanteil"], 1)).toBe("100 %");
    expect(vn(["kopf", "datum"], "2026-03-15")).toBe("15.03.2026");
    expect(vn(["sachkosten"], 700_000)).toBe("7.000,00 €");
    expect(vn(["kopf", "ort"], "")).toBe("leer");
    expect(vn(["kopf", "jahr"], 2025)).toBe("2025");
  });
});

describe("formatDate and plural", () => {
  it("writes two-digit days and months and a four-digit year", () => {
    expect(formatDate("2026-06-30")).toBe("30.06.2026");
    expect(formatDate("2026-01-05T10:00:00.000Z")).toMatch(/^0[45]\.01\.2026$/);
  });
  it("says 1 Warnung, 2 Warnungen", () => {
    expect(plural(1, "Warnung", "Warnungen")).toBe("1 Warnung");
    expect(plural(2, "Warnung", "Warnungen")).toBe("2 Warnungen");
  });
});
