import { describe, expect, it } from "vitest";
import { defaultProgramParams } from "../programme/params-for-year";
import type { Pruefvermerk } from "./pruefvermerk";
import { computeRueckforderung, computeVerzugszinsen, computeZinsen } from "./rueckforderung";
import { wirksamNichtAnerkannt } from "./rueckforderung-eingabe";
import { zahlungsStand } from "./rueckforderung-stand";
import type { ZahlungEintrag, ZahlungVorgang } from "./zahlung";

// The words, one case each: anerkannt = Kostensumme − nicht anerkannt; owed = paid Zuschuss −
// (anerkannt − weitere Einnahmen), never below 0 (and never more than was paid).
const fehlbedarf = (
  kostensumme: number,
  nichtAnerkannt: number,
  weitereEinnahmen: number,
  ausgezahlt: number,
) =>
  computeRueckforderung({
    finanzierungsart: "fehlbedarfsfinanzierung",
    kostensumme,
    nichtAnerkannt,
    weitereEinnahmen,
    ausgezahlt,
  });

/** The answer: recognised costs, the Zuschuss that stands, the amount owed back. */
const owes = (anerkannt: number, zustehend: number, betrag: number) => ({ anerkannt, zustehend, betrag });

describe("Rückforderung at the edges (Fehlbedarfsfinanzierung)", () => {
  it("owes nothing when nothing was paid, whatever the Prüfvermerk says", () => {
    expect(fehlbedarf(50_000_00, 50_000_00, 0, 0)).toEqual(owes(0, 0, 0));
    expect(fehlbedarf(10_000_00, 0, 30_000_00, 0).betrag).toBe(0);
  });

  it("owes everything paid when nothing is recognised", () => {
    expect(fehlbedarf(50_000_00, 50_000_00, 0, 45_000_00)).toEqual(owes(0, 0, 45_000_00));
    // More not recognised than stated: the recognised costs stay 0, not negative.
    expect(fehlbedarf(50_000_00, 60_000_00, 0, 45_000_00).anerkannt).toBe(0);
  });

  it("owes everything paid, not more, when weitere Einnahmen exceed the recognised costs", () => {
    // Literal formula: 40.000 − (30.000 − 35.000) = 45.000 – more than was ever paid.
    expect(fehlbedarf(30_000_00, 0, 35_000_00, 40_000_00)).toEqual(owes(30_000_00, 0, 40_000_00));
  });

  it("owes the overpayment: paid 45.000,00 €, needed 41.234,56 € − 1.000,01 € Einnahmen", () => {
    expect(fehlbedarf(41_234_56, 0, 1_000_01, 45_000_00).betrag).toBe(45_000_00 - (41_234_56 - 1_000_01));
  });

  it("owes nothing when less was paid than needed (no Nachzahlung, never negative)", () => {
    expect(fehlbedarf(60_000_00, 1_000_00, 5_000_00, 50_000_00)).toEqual(owes(59_000_00, 54_000_00, 0));
  });

  it("turns one cent not recognised into one cent owed once the need equals the payment", () => {
    expect(fehlbedarf(50_000_00, 0, 0, 50_000_00).betrag).toBe(0);
    expect(fehlbedarf(50_000_00, 1, 0, 50_000_00).betrag).toBe(1);
  });
});

describe("Rückforderung of a Festbetrag", () => {
  it("reclaims nothing for more income, the shortfall of the recognised costs, and what was overpaid", () => {
    const f = (kostensumme: number, nichtAnerkannt: number, ausgezahlt: number, bewilligt?: number) =>
      computeRueckforderung({
        finanzierungsart: "festbetrag",
        kostensumme,
        nichtAnerkannt,
        weitereEinnahmen: 99_999_00,
        ausgezahlt,
        ...(bewilligt !== undefined && { bewilligt }),
      }).betrag;
    expect(f(45_000_00, 0, 40_000_00, 40_000_00)).toBe(0);
    expect(f(41_000_00, 2_000_00, 40_000_00, 40_000_00)).toBe(1_000_00);
    expect(f(45_000_00, 0, 41_000_00, 40_000_00)).toBe(1_000_00);
    expect(f(45_000_00, 45_000_00, 40_000_00, 40_000_00)).toBe(40_000_00);
    expect(f(45_000_00, 0, 0, 40_000_00)).toBe(0);
    // Without a granted amount the payment is the fixed amount.
    expect(f(30_000_00, 0, 40_000_00)).toBe(10_000_00);
  });
});

describe("nicht anerkannt per Kostenart", () => {
  const amounts = {
    kostensumme: 10_000_00,
    weitereEinnahmen: 0,
    personal: 6_000_00,
    verwaltung: 600_00,
    sachkosten: 3_000_00,
    budget: 400_00,
  };
  it("counts at most what the form states for each Kostenart", () => {
    expect(
      wirksamNichtAnerkannt(
        { art: "mit_beanstandung", text: "x", nichtAnerkannt: { sachkosten: 5_000_00, budget: 1_00 } },
        amounts,
      ),
    ).toBe(3_000_00 + 1_00);
    expect(wirksamNichtAnerkannt({ art: "ohne_beanstandung" }, amounts)).toBe(0);
    expect(wirksamNichtAnerkannt(undefined, amounts)).toBe(0);
  });
});

describe("Zinsen, cents rounding", () => {
  it("rounds half a cent up and just under half a cent down", () => {
    // 73 € × 5 % × 1 day / 365 = 0,01 € exactly; 36,50 € gives 0,5 cent → 1 cent; 36,49 € → 0.
    expect(computeZinsen(73_00, 500, 1)).toBe(1);
    expect(computeZinsen(36_50, 500, 1)).toBe(1);
    expect(computeZinsen(36_49, 500, 1)).toBe(0);
  });

  it("bears interest only on what is still open, rounded once over all periods", () => {
    // 10.000 € due 30.06.; 6.000 € repaid 30.07. (30 days on 10.000 €), 4.000 € on 29.08. (30 days on 4.000 €).
    const zinsen = computeVerzugszinsen({
      betrag: 10_000_00,
      faelligAm: "2026-06-30",
      rueckzahlungen: [
        { datum: "2026-08-29", betrag: 4_000_00 },
        { datum: "2026-07-30", betrag: 6_000_00 },
      ],
      bis: "2026-12-31",
      jahreszinsBasisPunkte: 500,
    });
    // 1.000.000 × 0,05 × 30/365 = 4.109,589… and 400.000 × 0,05 × 30/365 = 1.643,835… → 5.753,42… cents
    expect(zinsen).toBe(5_753);
    expect(
      computeVerzugszinsen({
        betrag: 3_200_00,
        faelligAm: "2026-06-30",
        rueckzahlungen: [{ datum: "2026-09-11", betrag: 3_200_00 }],
        bis: "2027-01-01",
        jahreszinsBasisPunkte: 500,
      }),
    ).toBe(computeZinsen(3_200_00, 500, 73));
  });

  it("runs until today while open, and not at all for a repayment on or before the due date", () => {
    const base = { betrag: 3_200_00, faelligAm: "2026-06-30", jahreszinsBasisPunkte: 500 };
    expect(computeVerzugszinsen({ ...base, rueckzahlungen: [], bis: "2026-09-11" })).toBe(32_00);
    expect(
      computeVerzugszinsen({
        ...base,
        rueckzahlungen: [{ datum: "2026-06-30", betrag: 3_200_00 }],
        bis: "2026-09-11",
      }),
    ).toBe(0);
  });
});

describe("zahlungsStand", () => {
  const params = {
    ...defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2025 }),
    zuschuesse: [{ traegerId: "awo", districtId: "kaltenmoor", betrag: 50_000_00 }],
  };
  const entry = (seq: number, vorgang: ZahlungVorgang): ZahlungEintrag => ({
    programmeId: "stadtteilmanagement",
    year: 2025,
    traegerId: "awo",
    districtId: "kaltenmoor",
    seq,
    at: "2026-01-01T00:00:00Z",
    by: { sub: "k", name: "K" },
    vorgang,
  });
  const pruefvermerk: Pruefvermerk = {
    umfang: { rechnerisch: true, sachlich: false, belegpruefung: { art: "vollstaendig" } },
    ergebnis: { art: "mit_beanstandung", text: "Beleg fehlt.", nichtAnerkannt: { sachkosten: 1_200_00 } },
    pruefer: { sub: "k", name: "K" },
    datum: "2026-03-01",
  };
  const amounts = {
    zuschuss: 50_000_00,
    kostensumme: 52_000_00,
    weitereEinnahmen: 2_000_00,
    personal: 40_000_00,
    verwaltung: 4_000_00,
    sachkosten: 6_000_00,
    budget: 2_000_00,
  };
  const eintraege = [
    entry(1, { typ: "auszahlung", art: "abschlag", datum: "2025-02-01", betrag: 30_000_00 }),
    entry(2, { typ: "auszahlung", art: "schlusszahlung", datum: "2025-11-01", betrag: 20_000_00 }),
    entry(3, { typ: "festsetzung", datum: "2026-03-02", faelligAm: "2026-04-01", betrag: 1_200_00 }),
    entry(4, { typ: "rueckzahlung", datum: "2026-04-11", betrag: 200_00 }),
  ];

  it("follows the Prüfvermerk and the payments; interest (when on) on the open part until today", () => {
    const input = { params, traegerId: "awo", districtId: "kaltenmoor", amounts, pruefvermerk, eintraege };
    const off = zahlungsStand({ ...input, heute: "2026-05-01" });
    expect(off).toMatchObject({
      bewilligt: 50_000_00,
      ausgezahlt: 50_000_00,
      rueckforderung: { anerkannt: 50_800_00, zustehend: 48_800_00, betrag: 1_200_00 },
      zurueckgezahlt: 200_00,
      zinsen: 0,
      offen: 1_000_00,
    });
    const on = zahlungsStand({
      ...input,
      params: { ...params, zinsen: { aktiv: true, jahreszinsBasisPunkte: 500 } },
      heute: "2026-05-01",
    });
    // 1.200 € for 10 days, then 1.000 € for 20 days: (120.000×10 + 100.000×20) × 0,05 / 365 = 438,35… cents.
    expect(on.zinsen).toBe(438);
    expect(on.offen).toBe(1_000_00 + 438);
  });

  it("has no Rückforderung without a Prüfvermerk and nothing open without a Festsetzung", () => {
    const stand = zahlungsStand({
      params,
      traegerId: "awo",
      districtId: "kaltenmoor",
      amounts,
      pruefvermerk: undefined,
      eintraege: eintraege.slice(0, 2),
      heute: "2026-05-01",
    });
    expect(stand).toMatchObject({ rueckforderung: null, festsetzung: null, offen: 0, zinsen: 0 });
  });
});
