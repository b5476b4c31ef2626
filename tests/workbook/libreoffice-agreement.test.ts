import ExcelJS from "exceljs";
import { computeGesamtsumme } from "../../shared/rules/compute-gesamtsumme";
import { beforeAll, describe, expect, it } from "vitest";
import { type Filing, type JahresberichtFiling, type VerwendungsnachweisFiling } from "../../shared/filing";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { defaultProgramParams, type ProgramParams } from "../../shared/programme";
import { BELEG_KOSTENARTEN } from "../../shared/programme/pruefung-params";
import { LAYOUTS } from "../../shared/layout/layouts";
import { amountInWords, eurosToCents } from "../../shared/money";
import { computeVerwendungsnachweis, type Finding, type VerwendungsnachweisTotals } from "../../shared/rules";
import { validateWorkbook } from "../../shared/xlsx/read-workbook";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { convertWithLibreOffice } from "../support/libreoffice";
import { loadNamedCells, type NamedCells } from "../support/named-cells";
import { RECALC_CASES as CASES } from "./fixtures/recalc-cases";

// A real spreadsheet engine recomputes every formula of the workbooks we write and must arrive at
// the rules' numbers to the cent. All workbooks go through ONE soffice call (own profile with
// OOXMLRecalcMode=0, so cached results written by exceljs are thrown away and recomputed).

type Expect<T> = (totals: VerwendungsnachweisTotals, params: ProgramParams, filing: T) => number;

/** Every VN result cell (formula or cached value) and what the rules say it must be. */
const VN_EXPECTED: Record<string, Expect<VerwendungsnachweisFiling>> = {
  VN_personal_summe: (t) => t.personalkosten,
  VN_verwaltungHoechstbetrag: (t) => t.verwaltungCap,
  VN_sachkostenHoechstbetrag: (_, p) => p.sachkostenCap,
  VN_budgetHoechstbetrag: (_, p) => p.budgetCap,
  VN_budgetZeilenSumme: (t) => t.budgetZeilenSumme,
  VN_schlussrechnung_zuschuss: (t) => t.zuschuss,
  VN_schlussrechnung_personalkosten: (t) => t.personalkosten,
  VN_schlussrechnung_verwaltung: (t) => t.verwaltung,
  VN_schlussrechnung_sachkosten: (t) => t.sachkosten,
  VN_schlussrechnung_budget: (t) => t.budget,
  VN_schlussrechnung_kostensumme: (t) => t.kostensumme,
  VN_schlussrechnung_differenz: (t) => t.differenz,
  // The Belegliste's sums (SUMIF over tblBelege) as the Belegliste rules add the Belege up.
  ...Object.fromEntries(
    BELEG_KOSTENARTEN.map((k) => [
      `VN_belegliste_summe_${k}`,
      ((_, __, f) =>
        f.data.belegliste
          .filter((b) => b.kostenart === k)
          .reduce((s, b) => s + (b.betrag ?? 0), 0)) as Expect<VerwendungsnachweisFiling>,
    ]),
  ),
};

/** Every JB result cell: the Gesamtsumme 3.1 as rule JB-GESAMTSUMME adds it up. */
const JB_EXPECTED: Record<string, (filing: JahresberichtFiling) => number> = {
  // 3.1's reading (docs/workbook.md): the four costs; Eigenmittel are part of them, not added.
  JB_ressourcen_gesamtsumme: ({ data: { ressourcen: r } }) => computeGesamtsumme(r),
};

/** Figures the layout computes ("in Worten" is text and checked on its own). */
const resultNames = (kind: Filing["kind"]) =>
  LAYOUTS[kind].fields
    .filter((f) => (f.formula !== undefined || f.cached !== undefined) && f.type !== "text")
    .map((f) => f.name);

// ---------------------------------------------------------------------------------------------
const STALE = "vn-veraltete-ergebnisse";
/** The cached result every formula cell of the stale workbook gets: no rule ever computes it. */
const STALE_RESULT = -4711.42;

/** The sample workbook with every cached formula result overwritten by a wrong number. */
const withStaleResults = async (buffer: Uint8Array): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) cell.value = { formula: cell.formula, result: STALE_RESULT };
      }),
    ),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

const cents = (cells: NamedCells, name: string): number | string => {
  const value = cells.valueOf(name);
  return typeof value === "number" ? eurosToCents(value) : `kein Zahlenwert: ${String(value)}`;
};

// ---------------------------------------------------------------------------------------------

const recalculated = new Map<string, NamedCells>();
/** Written by us and as LibreOffice saved it, per case: for the read-back check. */
const files = new Map<string, { written: Uint8Array; saved: Uint8Array }>();
let staleInput: NamedCells;
/** Why the conversion failed (e.g. soffice missing): every test fails with it instead of being skipped. */
let setupError: unknown;
const converted = () => {
  if (setupError) throw setupError;
};

beforeAll(async () => {
  try {
    await convertAll();
  } catch (err) {
    setupError = err;
  }
}, 120_000);

const convertAll = async () => {
  const inputs = await Promise.all(
    CASES.map(async (c) => ({ name: `${c.name}.xlsx`, content: await writeWorkbook(c.filing) })),
  );
  const stale = await withStaleResults(inputs[0]!.content);
  staleInput = await loadNamedCells(stale);
  inputs.push({ name: `${STALE}.xlsx`, content: stale });

  const outputs = await convertWithLibreOffice(inputs, { format: "xlsx" });
  for (const [name, buffer] of outputs) {
    const key = name.replace(/\.xlsx$/, "");
    recalculated.set(key, await loadNamedCells(buffer));
    files.set(key, { written: inputs.find((i) => i.name === name)!.content, saved: buffer });
  }
};

describe("LibreOffice recomputes the workbook's formulas", () => {
  it("converts all workbooks in one headless soffice call", () => {
    converted();
    expect([...recalculated.keys()].sort()).toEqual([...CASES.map((c) => c.name), STALE].sort());
  });

  it("covers every result cell the layouts define", () => {
    expect(Object.keys(VN_EXPECTED).sort()).toEqual(resultNames("verwendungsnachweis").sort());
    expect(Object.keys(JB_EXPECTED).sort()).toEqual(resultNames("jahresbericht").sort());
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    "%s: every result equals the rules' figure to the cent",
    (_, c) => {
      converted();
      const cells = recalculated.get(c.name)!;
      const params = defaultProgramParams(c.filing.meta);
      const actual: Record<string, number | string> = {};
      const expected: Record<string, number> = {};
      if (c.filing.kind === "verwendungsnachweis") {
        const totals = computeVerwendungsnachweis(c.filing.data, params);
        for (const [name, rule] of Object.entries(VN_EXPECTED)) {
          actual[name] = cents(cells, name);
          expected[name] = rule(totals, params, c.filing);
        }
      } else {
        for (const [name, rule] of Object.entries(JB_EXPECTED)) {
          actual[name] = cents(cells, name);
          expected[name] = rule(c.filing);
        }
      }
      expect(actual).toEqual(expected);
    },
  );

  it("writes the Zuschuss in words as the rules do, in every workbook and for every edge of German numbers", () => {
    converted();
    const actual: Record<string, unknown> = {};
    const expected: Record<string, string> = {};
    for (const c of CASES) {
      if (c.filing.kind !== "verwendungsnachweis" || c.filing.data.kopf.zuschuss === null) continue;
      actual[c.name] = recalculated.get(c.name)!.valueOf("VN_kopf_zuschussInWorten");
      expected[c.name] = amountInWords(c.filing.data.kopf.zuschuss);
    }
    expect(Object.keys(expected).length).toBeGreaterThan(10);
    expect(actual).toEqual(expected);
  });

  it("leaves no formula with an error value (#NAME?, #REF!, …)", () => {
    converted();
    const broken = [...recalculated.entries()].flatMap(([name, cells]) =>
      cells
        .formulaCells()
        .filter((f) => typeof f.result === "string" && f.result.startsWith("#"))
        .map((f) => `${name}: ${f.ref} =${f.formula} → ${String(f.result)}`),
    );
    expect(broken).toEqual([]);
  });

  it("replaces deliberately wrong cached results with the right ones", () => {
    converted();
    const formulaNames = LAYOUTS.verwendungsnachweis.fields
      .filter((f) => f.formula && f.type !== "text")
      .map((f) => f.name);
    expect(formulaNames.length).toBeGreaterThan(5);
    // Precondition: the file handed to LibreOffice really states the wrong numbers.
    for (const name of formulaNames) expect(staleInput.valueOf(name), name).toBe(STALE_RESULT);

    const cells = recalculated.get(STALE)!;
    const filing = sampleVerwendungsnachweis();
    const params = defaultProgramParams(filing.meta);
    const totals = computeVerwendungsnachweis(filing.data, params);
    const actual = Object.fromEntries(formulaNames.map((name) => [name, cents(cells, name)]));
    const expected = Object.fromEntries(
      formulaNames.map((name) => [name, VN_EXPECTED[name]!(totals, params, filing)]),
    );
    expect(actual).toEqual(expected);
    expect(cells.formulaCells().filter((f) => f.result === STALE_RESULT)).toEqual([]);
  });

  it.each(CASES.map((c) => [c.name] as const))(
    "%s: saved by LibreOffice, the workbook reads back as the same filing with the same findings",
    async (name) => {
      converted();
      const { written, saved } = files.get(name)!;
      const [before, after] = await Promise.all([validateWorkbook(written), validateWorkbook(saved)]);
      expect(after.filing).toEqual(before.filing);
      const brief = (f: Finding) => `${f.ruleId} ${f.location.cell ?? ""}`;
      expect(after.findings.map(brief)).toEqual(before.findings.map(brief));
    },
  );
});
