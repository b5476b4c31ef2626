import { describe, expect, it } from "vitest";
import { pruefungSchema } from "./pruefung";

describe("pruefungSchema", () => {
  it("accepts a Prüfung with every step done", () => {
    const pruefung = {
      geprueft: { name: "K. Schmidt", datum: "2026-04-02" },
      kenntnis: { name: "Dr. A. Weber", datum: "2026-04-09" },
      weitergeleitet: { datum: "2026-04-10" },
    };

    expect(pruefungSchema.parse(pruefung)).toEqual(pruefung);
  });

  it("accepts steps not done yet as null", () => {
    const pruefung = { geprueft: null, kenntnis: null, weitergeleitet: null };

    expect(pruefungSchema.safeParse(pruefung).success).toBe(true);
  });

  it("rejects a step without a name or with a date that is no ISO date", () => {
    const base = { kenntnis: null, weitergeleitet: null };

    expect(pruefungSchema.safeParse({ ...base, geprueft: { name: " ", datum: "2026-04-02" } }).success).toBe(
      false,
    );
    expect(
      pruefungSchema.safeParse({ ...base, geprueft: { name: "K. Schmidt", datum: "02.04.2026" } }).success,
    ).toBe(false);
  });
});
