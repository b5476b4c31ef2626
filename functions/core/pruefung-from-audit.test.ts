import { describe, expect, it } from "vitest";
import type { AuditEntry } from "../../shared/api/records";
import { pruefungFromAudit } from "./pruefung-from-audit";

const entry = (
  seq: number,
  action: AuditEntry["action"],
  version: number,
  at: string,
  name = "K. Schmidt",
): AuditEntry => ({
  seq,
  at,
  by: { sub: `sub-${name}`, name, role: action === "kenntnis" ? "leitung" : "koordinierung" },
  action,
  fromStatus: null,
  toStatus: "eingereicht",
  version,
  comments: [],
});

const reviewed: AuditEntry[] = [
  entry(1, "einreichen", 1, "2026-03-01T09:00:00Z", "AWO"),
  entry(2, "zurueckgeben", 1, "2026-03-02T09:00:00Z"),
  entry(3, "einreichen", 2, "2026-03-05T09:00:00Z", "AWO"),
  entry(4, "pruefen", 2, "2026-04-01T22:30:00Z"),
  entry(5, "kenntnis", 2, "2026-04-09T08:00:00Z", "Dr. A. Weber"),
  entry(6, "weiterleiten", 2, "2026-04-10T21:59:59Z"),
];

describe("pruefungFromAudit", () => {
  it("fills every step of the reviewed version with the reviewer's name and the Lüneburg day", () => {
    expect(pruefungFromAudit(reviewed, 2)).toEqual({
      // 22:30 UTC on 1 April is already 2 April in Lüneburg (CEST, UTC+2).
      geprueft: { name: "K. Schmidt", datum: "2026-04-02" },
      kenntnis: { name: "Dr. A. Weber", datum: "2026-04-09" },
      weitergeleitet: { datum: "2026-04-10" },
    });
  });

  it("uses the Europe/Berlin day in winter too (UTC+1)", () => {
    const audit = [
      entry(1, "einreichen", 1, "2026-01-01T00:00:00Z"),
      entry(2, "pruefen", 1, "2026-01-31T23:00:00Z"),
    ];
    expect(pruefungFromAudit(audit, 1).geprueft).toEqual({ name: "K. Schmidt", datum: "2026-02-01" });
  });

  it("leaves steps not reached yet null", () => {
    expect(pruefungFromAudit(reviewed.slice(0, 4), 2)).toEqual({
      geprueft: { name: "K. Schmidt", datum: "2026-04-02" },
      kenntnis: null,
      weitergeleitet: null,
    });
    expect(pruefungFromAudit(reviewed.slice(0, 3), 2)).toEqual({
      geprueft: null,
      kenntnis: null,
      weitergeleitet: null,
    });
  });

  it("gives an older version than the reviewed one no Prüfung at all", () => {
    expect(pruefungFromAudit(reviewed, 1)).toEqual({ geprueft: null, kenntnis: null, weitergeleitet: null });
  });

  it("takes the latest entry of a step", () => {
    const twice = [...reviewed.slice(0, 4), entry(7, "pruefen", 2, "2026-04-03T10:00:00Z", "M. Neu")];
    expect(pruefungFromAudit(twice, 2).geprueft).toEqual({ name: "M. Neu", datum: "2026-04-03" });
  });
});
