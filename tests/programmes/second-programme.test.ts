import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import type { VerwendungsnachweisFiling } from "../../shared/filing/filing";
import { withDerivedFields } from "../../shared/layout/derived-fields";
import { shareOfCents } from "../../shared/money/cents";
import { defaultProgramParams, programmeById } from "../../shared/programme";
import { readWorkbook, validateWorkbook } from "../../shared/xlsx/read-workbook";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { devUserName } from "../../dev/dev-users";
import { routeRequest } from "../support/route-request";

/**
 * A second programme defined only by its folder (tests/programmes/packs/quartiersmanagement-musterstadt, a test pack):
 * other city, other districts, caps of 10 % / 5.000 € / 8.000 €, ten budget lines, due 30.04.
 */
const ID = "quartiersmanagement-musterstadt";
const META = { programmeId: ID, traegerId: "nachbarschaftswerk", districtId: "altstadt-nord", year: 2025 };
const params = defaultProgramParams(META);

/** A Verwendungsnachweis that keeps this programme's caps (the Lüneburg sample claims 13 %). */
const validFiling = (): VerwendungsnachweisFiling => {
  const filing = sampleVerwendungsnachweis(META);
  const vn = filing.data;
  const personal = vn.personal.zeilen.reduce((sum, z) => sum + (z.personalkosten ?? 0), 0);
  vn.verwaltung = shareOfCents(personal, params.verwaltungCapBasisPoints);
  vn.sachkosten = 400_000;
  // The sample's Sachkosten Belege (S-01, S-02) prove the lower amount too.
  vn.belegliste.find((b) => b.belegnr === "S-01")!.betrag = 230_000;
  const kosten = personal + vn.verwaltung + vn.sachkosten + (vn.budget.betrag ?? 0);
  vn.kopf.zuschuss = kosten - (vn.schlussrechnung.weitereEinnahmen ?? 0);
  return withDerivedFields(filing, params) as VerwendungsnachweisFiling;
};

const formTexts = async (bytes: Uint8Array) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const texts: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => typeof cell.value === "string" && texts.push(cell.value))),
  );
  // Euro amounts carry a no-break space before the sign, as Excel and Intl write them.
  return texts.join("\n").replace(/\u00a0/g, " ");
};

describe("a second programme, added as a folder", () => {
  it("writes a template whose texts and limits come from its parameters", async () => {
    const bytes = await writeWorkbook({ kind: "verwendungsnachweis", meta: META });
    const texts = await formTexts(bytes);
    const read = await readWorkbook(bytes);

    expect(read.filing?.meta).toEqual(META);
    expect(read.filing?.kind === "verwendungsnachweis" && read.filing.data.kopf.traegerName).toBe(
      "Nachbarschaftswerk Musterstadt e. V.",
    );
    expect(texts).toContain("max. 10 % der Personalkosten");
    expect(texts).toContain("max. 5.000,00 €");
    expect(texts).toContain("Höchstens 10 Zeilen.");
    expect(texts).toContain("Zuschuss der Stadt Musterstadt");
    expect(texts).not.toMatch(/Lüneburg|13 %|7\.000/);
  });

  // Every text of both forms (a blank template holds them all, the hidden lists included): not a
  // word of the first programme – its city, its name for what is funded, its budget's name.
  it.each(["verwendungsnachweis", "jahresbericht"] as const)(
    "writes a %s without a word of Lüneburg's programme",
    async (kind) => {
      const texts = await formTexts(await writeWorkbook({ kind, meta: META }));

      expect(texts.match(/Lüneburg|Stadtteilmanagement\w*|Stabsstelle|Klosterhof|21335/g) ?? []).toEqual([]);
      expect(texts).toContain(
        kind === "verwendungsnachweis"
          ? "Verwendungsnachweis für das Quartiersmanagement"
          : "Jahresbericht Quartiersmanagement",
      );
    },
  );

  it("validates with its own caps and row limit", async () => {
    const ok = await validateWorkbook(await writeWorkbook({ ...validFiling(), params }));
    const tooMuch = validFiling();
    tooMuch.data.sachkosten = 500_001;
    tooMuch.data.budget.zeilen = Array.from({ length: 11 }, (_, i) => ({
      beschreibung: `Angebot ${i + 1}`,
      betrag: 50_000,
    }));
    tooMuch.data.budget.betrag = 550_000;
    const broken = await validateWorkbook(
      await writeWorkbook({ ...(withDerivedFields(tooMuch, params) as VerwendungsnachweisFiling), params }),
    );

    expect(ok.findings.filter((f) => f.severity === "fehler")).toEqual([]);
    const sach = broken.findings.find((f) => f.ruleId === "VN-SACHKOSTEN-CAP");
    expect(sach?.message.replace(/\u00a0/g, " ")).toContain("5.000,00 €");
    expect(broken.findings.map((f) => f.ruleId)).toContain("VN-BUDGET-ZEILEN-MAX");
  });

  describe("through the API", () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startTestApi();
    });
    afterAll(() => api.close());

    it("takes a submitted workbook and lists it with its due date and its missing districts", async () => {
      const workbook = await writeWorkbook({ ...validFiling(), params });
      const submitted = await api.call(...routeRequest("submitFiling"), {
        // By programme: a Träger id means something only inside its programme (another pack may have it).
        token: await api.token(devUserName(ID, "nachbarschaftswerk")),
        body: workbook,
        headers: { "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
      });
      // The programme's own Koordinierungsstelle: Lüneburg's would get 403 here.
      const koordinierung = await api.token(devUserName(ID, "koordinierung"));
      const list = await api.call(...routeRequest("listFilings", {}, { programme: ID, year: 2025 }), {
        token: koordinierung,
      });
      const programmes = await api.call(...routeRequest("listProgrammes"), { token: koordinierung });

      expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
      expect(submitted.body.filingId).toBe(`${ID}.2025.verwendungsnachweis.nachbarschaftswerk.altstadt-nord`);
      expect(
        list.body.items.map((i: { filingId: string; dueDate: string }) => [i.filingId, i.dueDate]),
      ).toEqual([[submitted.body.filingId, "2026-04-30"]]);
      // "Am Hafen" is run by the city: a Jahresbericht is due there, no Verwendungsnachweis.
      expect(
        list.body.missing
          .map((m: { kind: string; meta: { districtId: string } }) => `${m.meta.districtId} ${m.kind}`)
          .sort(),
      ).toEqual([
        "altstadt-nord jahresbericht",
        "am-hafen jahresbericht",
        "gartenstadt jahresbericht",
        "gartenstadt verwendungsnachweis",
      ]);
      expect(programmes.body.map((p: { id: string }) => p.id)).toEqual([ID]);
    });
  });

  it("needed no change outside its folder: only the folder and this test name it", () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
      cwd: root,
      encoding: "utf8",
    })
      .trim()
      .split("\n");
    const naming = files.filter((file) => {
      if (/\.(png|pdf|xlsx)$/.test(file)) return false;
      return readFileSync(`${root}/${file}`, "utf8").includes(ID);
    });
    expect(naming.sort()).toEqual([
      `tests/programmes/packs/${ID}/programme.json`,
      "tests/programmes/second-programme.test.ts",
    ]);
    expect(programmeById(ID).name).toBe("Quartiersmanagement Musterstadt");
  });
});
