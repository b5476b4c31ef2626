// @vitest-environment happy-dom
import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { FilingDetail } from "../../shared/api/api-schemas";
import type { VerwendungsnachweisFiling } from "../../shared/filing/filing";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { usePruefvermerk } from "./pruefvermerk-step";

const filing = sampleVerwendungsnachweis({
  programmeId: "stadtteilmanagement",
  traegerId: "awo",
  districtId: "kaltenmoor",
  year: 2025,
}) as VerwendungsnachweisFiling;
const SACHKOSTEN = filing.data.schlussrechnung.sachkosten!;
// Only what the hook reads of the detail: the latest version's content and findings.
const detail = { latest: { content: filing, findings: [] } } as unknown as FilingDetail;

describe("usePruefvermerk", () => {
  it("starts the Prüfumfang as the version's Stichprobe once it is known, with its Belege", () => {
    const { result, rerender } = renderHook(({ s }: { s?: string[] }) => usePruefvermerk(detail, s), {
      initialProps: {},
    });
    expect(result.current.draft.belege).toBe("keine");
    rerender({ s: ["S-01", "S-02"] });
    expect(result.current.draft).toMatchObject({ belege: "stichprobe", stichprobe: "S-01, S-02" });
    expect(result.current.built?.pruefvermerk.umfang.belegpruefung).toEqual({
      art: "stichprobe",
      zeilen: ["S-01", "S-02"],
    });
  });

  it("keeps the reviewer's edit of the prefilled lines", () => {
    const { result, rerender } = renderHook(({ s }: { s?: string[] }) => usePruefvermerk(detail, s), {
      initialProps: { s: ["S-01", "S-02"] },
    });
    act(() => result.current.onChange({ ...result.current.draft, stichprobe: "S-01" }));
    rerender({ s: ["S-01", "S-02"] });
    expect(result.current.built?.pruefvermerk.umfang.belegpruefung).toEqual({
      art: "stichprobe",
      zeilen: ["S-01"],
    });
    act(() => result.current.onChange({ ...result.current.draft, belege: "vollstaendig" }));
    expect(result.current.built?.pruefvermerk.umfang.belegpruefung).toEqual({ art: "vollstaendig" });
  });

  it("refuses in the form, as the API does, 1 cent „nicht anerkannt“ above the version's Sachkosten", () => {
    const { result } = renderHook(() => usePruefvermerk(detail));
    const mit = (betrag: string) =>
      act(() =>
        result.current.onChange({
          ...result.current.draft,
          mitBeanstandung: true,
          text: "Beleg ohne Bezug.",
          nichtAnerkannt: { sachkosten: betrag },
        }),
      );
    const euro = (cents: number) => (cents / 100).toFixed(2).replace(".", ",");
    mit(euro(SACHKOSTEN));
    expect(result.current.error).toBe(undefined);
    expect(result.current.built?.pruefvermerk.ergebnis).toMatchObject({
      nichtAnerkannt: { sachkosten: SACHKOSTEN },
    });
    mit(euro(SACHKOSTEN + 1));
    expect(result.current.built).toBe(undefined);
    expect(result.current.error).toMatch(/^Nicht anerkannt, Sachkosten: .* ist mehr als die Sachkosten/);
  });
});
