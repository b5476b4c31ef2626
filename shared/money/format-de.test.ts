import { describe, expect, it } from "vitest";
import { formatCount, formatDate, formatDateTime, formatFindingCounts, formatUtcDay } from "./format-de";

describe("formatCount", () => {
  it("says „1 Warnung“ and „2 Warnungen“, and the plural for none", () => {
    expect(formatCount(1, "Warnung", "Warnungen")).toBe("1 Warnung");
    expect(formatCount(2, "Warnung", "Warnungen")).toBe("2 Warnungen");
    expect(formatCount(0, "Hinweis", "Hinweise")).toBe("0 Hinweise");
    expect(formatCount(1200, "Zeile", "Zeilen")).toBe("1.200 Zeilen");
  });

  it("counts the three severities in one German phrase", () => {
    expect(formatFindingCounts({ fehler: 1, warnung: 1, hinweis: 2 })).toBe(
      "1 Fehler, 1 Warnung, 2 Hinweise",
    );
  });
});

describe("formatDate", () => {
  it("writes a stored calendar day as dd.mm.yyyy with leading zeros and four-digit year", () => {
    expect(formatDate("2026-06-30")).toBe("30.06.2026");
    expect(formatDate("2026-03-05")).toBe("05.03.2026");
  });

  it("writes an instant as its day in German local time", () => {
    // 23:30 UTC on 31 December is already 1 January in Lüneburg.
    expect(formatDate("2025-12-31T23:30:00Z")).toBe("01.01.2026");
    expect(formatDate(new Date("2026-12-01T10:00:00Z"))).toBe("01.12.2026");
  });

  it("never writes a two-digit year", () => {
    for (const v of ["2026-12-01", "2026-12-01T08:00:00Z"])
      expect(formatDate(v)).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
  });
});

describe("formatDateTime", () => {
  it("adds the German local time, 24 h", () => {
    expect(formatDateTime("2026-06-30T12:05:00Z")).toBe("30.06.2026, 14:05");
    expect(formatDateTime("2026-01-15T08:00:00Z")).toBe("15.01.2026, 09:00");
  });
});

describe("formatUtcDay", () => {
  it("writes a UTC calendar day", () => {
    expect(formatUtcDay(new Date(Date.UTC(2025, 11, 31)))).toBe("31.12.2025");
  });
});
