import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { awo, koordinierung } from "../../functions/core/fixtures/principals";
import { asJson } from "../../functions/core/fixtures/test-deps";
import { getConsolidatedWorkbook } from "../../functions/core/get-consolidated-workbook";
import type { ServiceDeps } from "../../functions/core/service-deps";
import { submitFiling } from "../../functions/core/submit-filing";
import { seedDemo } from "../../functions/local/seed-demo";
import { createTestStore } from "../../functions/store/fixtures/create-test-store";
import { parseFilingViewHash } from "../../shared/consolidate/link-cell";
import { REVIEW_ACTIONS } from "../../shared/domain/lifecycle";
import type { VerwendungsnachweisFiling } from "../../shared/filing/filing";
import { sampleVerwendungsnachweis } from "../../shared/filing/sample-filings";
import { withDerivedFields } from "../../shared/layout/derived-fields";
import { formatEuro } from "../../shared/money/format-money";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { readSheets } from "./read-recalculated";

// Issue 23, item 13 and 4, read from the written workbook: the „Gespeicherte Version“ links open the
// web app (absolute, with the port), the „Kommentare“ sheet names actions in German, and „Befunde“
// compares each Jahresbericht with the *current* Verwendungsnachweis – the demo year's Kaltenmoor
// Jahresbericht states Personalkosten 83.334,56 € against 93.430,00 € in version 2.

const PROGRAMME = "stadtteilmanagement";
const NOW = new Date("2026-01-20T10:00:00Z");
const APP = "http://127.0.0.1:3917";
const META = { programmeId: PROGRAMME, traegerId: "awo", districtId: "kaltenmoor", year: 2025 };

let deps: ServiceDeps;
let linked: Awaited<ReturnType<typeof readSheets>>;
let unlinked: Awaited<ReturnType<typeof readSheets>>;

beforeAll(async () => {
  const { store } = await createTestStore();
  await seedDemo(store, NOW);
  deps = { store, clock: () => NOW };
  // The returned Verwendungsnachweis comes back as version 2 with higher Personalkosten.
  const v2 = sampleVerwendungsnachweis(META);
  v2.data.personal.zeilen[1]!.personalkosten = 9_343_000 - v2.data.personal.zeilen[0]!.personalkosten!;
  // The second payroll Beleg carries the increase, so the Belegliste still proves the Personalkosten.
  v2.data.belegliste[1]!.betrag! += 9_343_000 - 8_333_456;
  v2.data.schlussrechnung.begruendung = "Tariferhöhung; Mehrkosten aus Eigenmitteln.";
  const corrected = withDerivedFields(v2, defaultProgramParams(META)) as VerwendungsnachweisFiling;
  await submitFiling(awo, asJson(corrected, "kaltenmoor-v2"), deps);
  const at = { programmeId: PROGRAMME, year: 2025 };
  linked = await readSheets((await getConsolidatedWorkbook(koordinierung, at, APP, deps)).body);
  unlinked = await readSheets((await getConsolidatedWorkbook(koordinierung, at, undefined, deps)).body);
}, 180_000);

const linkFormulas = (sheet: ExcelJS.Worksheet) => {
  const found: string[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value as { formula?: string } | null;
      if (v && typeof v === "object" && v.formula?.startsWith("HYPERLINK(")) found.push(v.formula);
    }),
  );
  return found;
};

describe("the consolidated workbook's links", () => {
  it("point to the web app's view of the stored version, absolute and with the port", () => {
    const formulas = linkFormulas(linked.get("Übersicht")!.sheet);
    expect(formulas.length).toBeGreaterThan(0);
    for (const formula of formulas) {
      const [, url, label] = /^HYPERLINK\("([^"]+)","([^"]+)"\)$/.exec(formula)!;
      expect(url!.startsWith(`${APP}/#`)).toBe(true);
      const target = parseFilingViewHash(new URL(url!).hash)!;
      expect(target.filingId).toMatch(/^stadtteilmanagement\.2025\./);
      expect(label).toBe(`Version ${target.version}`);
    }
    // Never the API (a click there answers 401): every link is the app's view, checked above.
    expect(formulas.every((f) => f.startsWith(`HYPERLINK("${APP}/#`))).toBe(true);
  });

  it("are plain text naming the version where the app's address is not configured – no dead link", () => {
    expect(linkFormulas(unlinked.get("Übersicht")!.sheet)).toEqual([]);
    const versions = unlinked.get("Personal")!.rows.map((r) => String(r["Gespeicherte Version"]));
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) expect(v).toMatch(/^Version \d+$/);
  });
});

describe("the „Kommentare“ sheet", () => {
  it("names each action with its German label, never its id", () => {
    const actions = linked.get("Kommentare")!.rows.map((r) => String(r.Aktion));
    expect(actions).toContain(REVIEW_ACTIONS.zurueckgeben.label);
    for (const id of Object.keys(REVIEW_ACTIONS)) expect(actions).not.toContain(id);
  });
});

describe("the „Befunde“ sheet", () => {
  it("flags the Jahresbericht against the current Verwendungsnachweis version, with both values", () => {
    const abgleich = linked
      .get("Befunde")!
      .rows.filter((r) => r.Regel === "JB-RESSOURCEN-ABGLEICH")
      .map((r) => String(r.Meldung));
    const personal = abgleich.filter((m) => m.includes(formatEuro(9_343_000)));
    expect(personal).toHaveLength(1);
    expect(personal[0]).toContain(formatEuro(8_333_456));
  });
});
