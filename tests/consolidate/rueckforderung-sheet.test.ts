import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { awo, caritas, koordinierung } from "../../functions/core/fixtures/principals";
import { asJson, createDynamoTestDeps } from "../../functions/core/fixtures/test-deps";
import { getConsolidatedWorkbook } from "../../functions/core/get-consolidated-workbook";
import { getFiling } from "../../functions/core/get-filing";
import type { Principal } from "../../functions/core/principal";
import { putParams } from "../../functions/core/put-params";
import { reviewFiling } from "../../functions/core/review-filing";
import { submitFiling } from "../../functions/core/submit-filing";
import { addZahlung } from "../../functions/core/zahlungen";
import { filingAmounts } from "../../shared/consolidate/filing-amounts";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import type { Finanzierungsart } from "../../shared/programme/pruefung-params";
import { traegerName } from "../../shared/programme/stammdaten";
import type { NichtAnerkannt } from "../../shared/pruefung/pruefvermerk";
import { computeRueckforderung } from "../../shared/pruefung/rueckforderung";
import { samplePruefenMitBeanstandung } from "../../shared/pruefung/sample-pruefvermerk";
import { convertWithLibreOffice } from "../support/libreoffice";
import { readSheets, type Row } from "./read-recalculated";

const PROGRAMME = "stadtteilmanagement";
const SHEET = "Rückforderungen";

interface Case {
  principal: Principal;
  year: number;
  traegerId: string;
  districtId: string;
  /** Share of the stated Zuschuss paid out. */
  paidShare: number;
  nichtAnerkannt: NichtAnerkannt;
  finanzierungsart: Finanzierungsart;
}

// Three Verwendungsnachweise on DynamoDB Local: 2025 (Fehlbedarfsfinanzierung) one that owes and
// one paid less than it needs (the MAX(0; …) clamp); 2026 a Festbetrag year.
const CASES = {
  owes: {
    principal: awo,
    year: 2025,
    traegerId: "awo",
    districtId: "kaltenmoor",
    paidShare: 1,
    nichtAnerkannt: { sachkosten: 1_200_00 },
    finanzierungsart: "fehlbedarfsfinanzierung",
  },
  clamp: {
    principal: caritas,
    year: 2025,
    traegerId: "caritas",
    districtId: "bockelsberg",
    paidShare: 0.5,
    nichtAnerkannt: { sachkosten: 1_00 },
    finanzierungsart: "fehlbedarfsfinanzierung",
  },
  festbetrag: {
    principal: awo,
    year: 2026,
    traegerId: "awo",
    districtId: "kaltenmoor",
    paidShare: 1,
    nichtAnerkannt: { personalkosten: 20_000_00 },
    finanzierungsart: "festbetrag",
  },
} satisfies Record<string, Case>;

const REPAID = 200_00;
const cents = (euros: unknown) => Math.round(Number(euros ?? 0) * 100);

let t: Awaited<ReturnType<typeof createDynamoTestDeps>>;
const expected = new Map<keyof typeof CASES, ReturnType<typeof computeRueckforderung>>();
const inputs = new Map<keyof typeof CASES, Parameters<typeof computeRueckforderung>[0]>();
let recalculated: Map<string, Awaited<ReturnType<typeof readSheets>>>;

const setUpCase = async (name: keyof typeof CASES, c: Case) => {
  const filing = sampleVerwendungsnachweis({
    programmeId: PROGRAMME,
    year: c.year,
    traegerId: c.traegerId,
    districtId: c.districtId,
  });
  const { filingId } = await submitFiling(c.principal, asJson(filing), t.deps);
  const zuschuss = filing.data.kopf.zuschuss!;
  const paid = Math.round(zuschuss * c.paidShare);
  await addZahlung(
    koordinierung,
    { programmeId: PROGRAMME, year: c.year },
    {
      traegerId: c.traegerId,
      districtId: c.districtId,
      vorgang: { typ: "auszahlung", art: "schlusszahlung", datum: `${c.year}-03-01`, betrag: paid },
    },
    t.deps,
  );
  const detail = await getFiling(koordinierung, filingId, t.deps);
  const request = samplePruefenMitBeanstandung(detail.latest.findings, "Belege fehlen.", c.nichtAnerkannt);
  await reviewFiling(koordinierung, filingId, request, t.deps);
  if (name === "owes") {
    const at = { programmeId: PROGRAMME, year: c.year };
    const who = { traegerId: c.traegerId, districtId: c.districtId };
    await addZahlung(
      koordinierung,
      at,
      { ...who, vorgang: { typ: "festsetzung", datum: "2027-04-02", faelligAm: "2027-05-03" } },
      t.deps,
    );
    await addZahlung(
      koordinierung,
      at,
      { ...who, vorgang: { typ: "rueckzahlung", datum: "2027-04-20", betrag: REPAID } },
      t.deps,
    );
  }
  const amounts = filingAmounts(filing);
  const input = {
    finanzierungsart: c.finanzierungsart,
    kostensumme: amounts.kostensumme,
    nichtAnerkannt: Object.values(c.nichtAnerkannt).reduce((s, n) => s + (n ?? 0), 0),
    weitereEinnahmen: amounts.weitereEinnahmen,
    ausgezahlt: paid,
    bewilligt: zuschuss,
  };
  inputs.set(name, input);
  expected.set(name, computeRueckforderung(input));
};

/** The xlsx with one input cell changed, as a user would type it: the „nicht anerkannt“ of a row. */
const withChangedCell = async (bytes: Uint8Array, traeger: string, header: string, euros: number) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(SHEET)!;
  let headerRow = 1;
  while (sheet.getRow(headerRow).cellCount <= 2) headerRow++;
  const column = (sheet.getRow(headerRow).values as unknown[]).indexOf(header);
  let changed = 0;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === traeger) {
      row.getCell(column).value = euros;
      changed++;
    }
  });
  expect(changed).toBe(1);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

beforeAll(async () => {
  t = await createDynamoTestDeps("2027-04-02T08:00:00.000Z");
  for (const year of [2025, 2026]) {
    const ofYear = Object.values(CASES).filter((c) => c.year === year);
    await putParams(
      koordinierung,
      {
        ...defaultProgramParams({ programmeId: PROGRAMME, year }),
        finanzierungsart: ofYear[0]!.finanzierungsart,
        zuschuesse: ofYear.map((c) => ({
          traegerId: c.traegerId,
          districtId: c.districtId,
          betrag: sampleVerwendungsnachweis({
            programmeId: PROGRAMME,
            year,
            traegerId: c.traegerId,
            districtId: c.districtId,
          }).data.kopf.zuschuss!,
        })),
      },
      t.deps,
    );
  }
  for (const [name, c] of Object.entries(CASES)) await setUpCase(name as keyof typeof CASES, c);
  const book = async (year: number) =>
    (await getConsolidatedWorkbook(koordinierung, { programmeId: PROGRAMME, year }, undefined, t.deps)).body;
  const y2025 = await book(2025);
  const more = inputs.get("owes")!.nichtAnerkannt + 3_000_00;
  const changed = await withChangedCell(y2025, traegerName(PROGRAMME, "awo"), "nicht anerkannt", more / 100);
  // One LibreOffice call for all three files; it recomputes every formula on load.
  const converted = await convertWithLibreOffice(
    [
      { name: "2025.xlsx", content: y2025 },
      { name: "2025-geaendert.xlsx", content: changed },
      { name: "2026.xlsx", content: await book(2026) },
    ],
    { format: "xlsx" },
  );
  recalculated = new Map();
  for (const [name, bytes] of converted) recalculated.set(name, await readSheets(bytes));
}, 240_000);

const rowOf = (file: string, traegerId: string): Row => {
  const rows = recalculated.get(file)!.get(SHEET)!.rows;
  const found = rows.filter((r) => r["Träger"] === traegerName(PROGRAMME, traegerId));
  expect(found).toHaveLength(1);
  return found[0]!;
};

const expectRow = (row: Row, r: ReturnType<typeof computeRueckforderung>) => {
  expect(cents(row["anerkannte Kosten"])).toBe(r.anerkannt);
  expect(cents(row["Zuwendung zustehend"])).toBe(r.zustehend);
  expect(cents(row["Rückforderung"])).toBe(r.betrag);
};

describe("sheet „Rückforderungen“, recalculated by LibreOffice", () => {
  it("owes the paid Zuschuss less the recognised need (Fehlbedarfsfinanzierung), to the cent", () => {
    const r = expected.get("owes")!;
    expect(r.betrag).toBeGreaterThan(0);
    const row = rowOf("2025.xlsx", "awo");
    expectRow(row, r);
    expect(row["Finanzierungsart"]).toBe("Fehlbedarfsfinanzierung");
    expect(cents(row["nicht anerkannt"])).toBe(1_200_00);
    expect((row["festgesetzt am"] as Date).toISOString().slice(0, 10)).toBe("2027-04-02");
    expect((row["fällig am"] as Date).toISOString().slice(0, 10)).toBe("2027-05-03");
    expect(cents(row["zurückgezahlt"])).toBe(REPAID);
    expect(cents(row["offen"])).toBe(r.betrag - REPAID);
  });

  it("clamps at 0 when less was paid than the recognised need", () => {
    const i = inputs.get("clamp")!;
    expect(i.ausgezahlt - (i.kostensumme - i.nichtAnerkannt - i.weitereEinnahmen)).toBeLessThan(0);
    expect(expected.get("clamp")!.betrag).toBe(0);
    const row = rowOf("2025.xlsx", "caritas");
    expectRow(row, expected.get("clamp")!);
    // Without a Festsetzung nothing is open.
    expect(cents(row["offen"])).toBe(0);
  });

  it("computes a Festbetrag its own way: the fixed amount, at most the recognised costs", () => {
    const r = expected.get("festbetrag")!;
    const i = inputs.get("festbetrag")!;
    expect(r.zustehend).toBe(Math.min(i.bewilligt!, i.kostensumme - i.nichtAnerkannt));
    expect(r.betrag).toBe(i.ausgezahlt - r.zustehend);
    expect(r.betrag).toBeGreaterThan(0);
    const row = rowOf("2026.xlsx", "awo");
    expect(row["Finanzierungsart"]).toBe("Festbetragsfinanzierung");
    expectRow(row, r);
  });

  it("sums every money column in the totals row", () => {
    const sheet = recalculated.get("2025.xlsx")!.get(SHEET)!;
    const summe = sheet.totals.get("Summe")!;
    const owes = expected.get("owes")!;
    const clamp = expected.get("clamp")!;
    expect(cents(summe["Rückforderung"])).toBe(owes.betrag + clamp.betrag);
    expect(cents(summe["anerkannte Kosten"])).toBe(owes.anerkannt + clamp.anerkannt);
    expect(cents(summe["Zuschuss ausgezahlt"])).toBe(
      inputs.get("owes")!.ausgezahlt + inputs.get("clamp")!.ausgezahlt,
    );
  });

  it("is live: another „nicht anerkannt“ typed into the file changes anerkannt, Rückforderung and the total", () => {
    const input = { ...inputs.get("owes")!, nichtAnerkannt: inputs.get("owes")!.nichtAnerkannt + 3_000_00 };
    const r = computeRueckforderung(input);
    expect(r.betrag).not.toBe(expected.get("owes")!.betrag);
    expectRow(rowOf("2025-geaendert.xlsx", "awo"), r);
    const summe = recalculated.get("2025-geaendert.xlsx")!.get(SHEET)!.totals.get("Summe")!;
    expect(cents(summe["Rückforderung"])).toBe(r.betrag + expected.get("clamp")!.betrag);
    expect(cents(summe["offen"])).toBe(r.betrag - REPAID);
  });
});
