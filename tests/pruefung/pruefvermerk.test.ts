import { beforeAll, describe, expect, it } from "vitest";
import { auditEntrySchema } from "../../shared/api/records";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { SAMPLE_PRUEFVERMERK, samplePruefenRequest } from "../../shared/pruefung/sample-pruefvermerk";
import type { PruefvermerkInput } from "../../shared/pruefung/pruefvermerk";
import { BadRequestError, ConflictError } from "../../functions/core/errors";
import { NichtAnerkanntError } from "../../functions/core/nicht-anerkannt-error";
import { toProblem } from "../../functions/http/to-problem";
import { ausnahmenFor } from "../../functions/core/fixtures/ausnahmen-for";
import { awo, koordinierung, leitung } from "../../functions/core/fixtures/principals";
import { asJson, createTestDeps } from "../../functions/core/fixtures/test-deps";
import { getFiling } from "../../functions/core/get-filing";
import { getFilingWorkbook } from "../../functions/core/get-filing-workbook";
import { putParams } from "../../functions/core/put-params";
import { reviewFiling } from "../../functions/core/review-filing";
import { submitFiling } from "../../functions/core/submit-filing";
import { formatEuro } from "../../shared/money/format-money";
import { convertWithLibreOffice } from "../support/libreoffice";
import { pdfPages } from "../support/poppler";

const YEAR = 2025;
const meta = (districtId: string) => ({
  programmeId: "stadtteilmanagement",
  traegerId: "awo",
  districtId,
  year: YEAR,
});
const MIT_BEANSTANDUNG: PruefvermerkInput = {
  umfang: { rechnerisch: true, sachlich: true, belegpruefung: { art: "stichprobe", zeilen: ["B-3", "B-7"] } },
  ergebnis: {
    art: "mit_beanstandung",
    text: "Beleg B-7 gehört nicht zum Förderjahr.",
    nichtAnerkannt: { sachkosten: 120_000 },
  },
};

describe("Prüfvermerk on „pruefen“ (issue 25)", () => {
  let t: Awaited<ReturnType<typeof createTestDeps>>;
  const submitVn = async (districtId: string) =>
    submitFiling(awo, asJson(sampleVerwendungsnachweis(meta(districtId))), t.deps);

  beforeAll(async () => {
    t = await createTestDeps("2026-04-02T08:00:00.000Z");
    const granted = sampleVerwendungsnachweis(meta("kaltenmoor")).data.kopf.zuschuss! + 566_855;
    await putParams(
      koordinierung,
      {
        ...ausnahmenFor("awo", YEAR),
        zuschuesse: [{ traegerId: "awo", districtId: "kaltenmoor", betrag: granted }],
      },
      t.deps,
    );
  });

  it("refuses „pruefen“ without a Prüfvermerk, saying what it needs", async () => {
    const { filingId } = await submitVn("bockelsberg");
    const refused = reviewFiling(koordinierung, filingId, { action: "pruefen" }, t.deps);
    await expect(refused).rejects.toBeInstanceOf(BadRequestError);
    await expect(refused).rejects.toThrow(/Prüfvermerk nötig: Prüfumfang/);
  });

  it("refuses the Prüfvermerk while a Warnung of the version is not acknowledged, naming its rule id", async () => {
    const submitted = await submitVn("kaltenmoor");
    expect(submitted.findings.map((f) => f.ruleId)).toContain("VN-ZUSCHUSS-BEWILLIGT");
    const refused = reviewFiling(
      koordinierung,
      submitted.filingId,
      { action: "pruefen", pruefvermerk: SAMPLE_PRUEFVERMERK },
      t.deps,
    );
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toThrow(/noch nicht quittiert: VN-ZUSCHUSS-BEWILLIGT\./);
    expect((await getFiling(koordinierung, submitted.filingId, t.deps)).filing.status).toBe("eingereicht");
  });

  it("refuses an acknowledgement of a rule that has no open Warnung", async () => {
    const { filingId, findings } = await submitVn("innenstadt");
    const request = samplePruefenRequest(findings);
    await expect(
      reviewFiling(
        koordinierung,
        filingId,
        {
          ...request,
          quittierungen: [...(request.quittierungen ?? []), { ruleId: "VN-ERFUNDEN", grund: "x" }],
        },
        t.deps,
      ),
    ).rejects.toThrow(/ohne offene Warnung in Version 1: VN-ERFUNDEN/);
  });

  it("stores Prüfumfang, Ergebnis, Prüfer*in, date and the acknowledgements in the audit entry", async () => {
    const submitted = await submitVn("weisser-turm");
    const request = samplePruefenRequest(submitted.findings);
    const result = await reviewFiling(
      koordinierung,
      submitted.filingId,
      { ...request, pruefvermerk: MIT_BEANSTANDUNG },
      t.deps,
    );
    expect(result.audit.pruefvermerk).toEqual({
      ...MIT_BEANSTANDUNG,
      pruefer: { sub: koordinierung.sub, name: koordinierung.name },
      datum: "2026-04-02",
    });
    const stored = (await getFiling(koordinierung, submitted.filingId, t.deps)).audit.at(-1)!;
    expect(stored.pruefvermerk).toEqual(result.audit.pruefvermerk);
    expect(stored.quittierungen ?? []).toEqual(request.quittierungen ?? []);
  });

  it("keeps the acknowledged Warnung with its reason in the audit entry", async () => {
    // Kaltenmoor's granted Zuschuss differs from the stated one: VN-ZUSCHUSS-BEWILLIGT is open.
    const { filingId, findings } = await submitVn("kaltenmoor");
    const result = await reviewFiling(
      koordinierung,
      filingId,
      samplePruefenRequest(findings, "Zuschuss laut Änderungsbescheid vom 12.05."),
      t.deps,
    );
    expect(result.audit.quittierungen).toEqual([
      { ruleId: "VN-ZUSCHUSS-BEWILLIGT", grund: "Zuschuss laut Änderungsbescheid vom 12.05." },
    ]);
    expect(result.status).toBe("rechnerisch_geprueft");
  });

  it("refuses 1 cent more „nicht anerkannt“ than the version's Sachkosten (422), and takes the full amount", async () => {
    const { filingId, findings } = await submitVn("schuetzenplatz-neu-hagen");
    const sachkosten = sampleVerwendungsnachweis(meta("schuetzenplatz-neu-hagen")).data.schlussrechnung
      .sachkosten!;
    const mit = (cents: number) => ({
      ...samplePruefenRequest(findings),
      pruefvermerk: {
        ...MIT_BEANSTANDUNG,
        ergebnis: { ...MIT_BEANSTANDUNG.ergebnis, nichtAnerkannt: { sachkosten: cents } },
      } as PruefvermerkInput,
    });
    const refused = await reviewFiling(koordinierung, filingId, mit(sachkosten + 1), t.deps).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(NichtAnerkanntError);
    const answer = toProblem(refused, "req-1");
    expect(answer.statusCode).toBe(422);
    expect((refused as Error).message.replace(/\u00a0/g, " ")).toMatch(
      /^Nicht anerkannt, Sachkosten: .* ist mehr als die Sachkosten der Version \(.*\)\./,
    );
    expect((refused as Error).message).toContain(formatEuro(sachkosten + 1));
    expect((refused as Error).message).toContain(`(${formatEuro(sachkosten)})`);
    expect((await getFiling(koordinierung, filingId, t.deps)).filing.status).toBe("eingereicht");
    const passed = await reviewFiling(koordinierung, filingId, mit(sachkosten), t.deps);
    expect(passed.status).toBe("rechnerisch_geprueft");
  });

  it("reads audit entries stored before the Prüfvermerk existed", () => {
    const old = {
      seq: 2,
      at: "2025-04-01T10:00:00.000Z",
      by: { sub: "k", name: "K", role: "koordinierung" },
      action: "pruefen",
      fromStatus: "eingereicht",
      toStatus: "rechnerisch_geprueft",
      version: 1,
      comments: [],
    };
    expect(auditEntrySchema.parse(old)).toEqual(old);
  });
});

describe("lifecycle per form (issue 25)", () => {
  let t: Awaited<ReturnType<typeof createTestDeps>>;
  beforeAll(async () => {
    t = await createTestDeps();
    await putParams(koordinierung, ausnahmenFor("awo", YEAR), t.deps);
  });

  it("refuses the rechnerische Prüfung on a Jahresbericht with a German reason", async () => {
    const { filingId } = await submitFiling(awo, asJson(sampleJahresbericht(meta("kaltenmoor"))), t.deps);
    const refused = reviewFiling(koordinierung, filingId, samplePruefenRequest(), t.deps);
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toThrow(
      "„rechnerische Richtigkeit geprüft“ gibt es für einen Jahresbericht nicht. Ein Jahresbericht wird „sachlich geprüft“.",
    );
  });

  it("gives a Jahresbericht „sachlich geprüft“, then „zur Kenntnis“", async () => {
    const { filingId } = await submitFiling(awo, asJson(sampleJahresbericht(meta("bockelsberg"))), t.deps);
    expect((await reviewFiling(koordinierung, filingId, { action: "sachlich_pruefen" }, t.deps)).status).toBe(
      "sachlich_geprueft",
    );
    expect((await reviewFiling(leitung, filingId, { action: "kenntnis" }, t.deps)).status).toBe(
      "zur_kenntnis_genommen",
    );
  });

  it("refuses „sachlich geprüft“ alone on a Verwendungsnachweis: it belongs in the Prüfvermerk", async () => {
    const { filingId } = await submitFiling(
      awo,
      asJson(sampleVerwendungsnachweis(meta("bockelsberg"))),
      t.deps,
    );
    await expect(
      reviewFiling(koordinierung, filingId, { action: "sachlich_pruefen" }, t.deps),
    ).rejects.toThrow(/„sachlich geprüft“ gibt es für einen Verwendungsnachweis nicht/);
  });

  it("prints the Prüfvermerk in section 6 of the stored version's workbook (LibreOffice PDF)", async () => {
    const submitted = await submitFiling(
      awo,
      asJson(sampleVerwendungsnachweis(meta("ebensberg-luene-moorfeld"))),
      t.deps,
    );
    await reviewFiling(
      koordinierung,
      submitted.filingId,
      { ...samplePruefenRequest(submitted.findings), pruefvermerk: MIT_BEANSTANDUNG },
      t.deps,
    );
    const workbook = await getFilingWorkbook(koordinierung, submitted.filingId, undefined, t.deps);
    const pdf = (
      await convertWithLibreOffice([{ name: "vn.xlsx", content: workbook.body }], {
        format: "pdf",
        locale: "de-DE",
      })
    ).get("vn.xlsx")!;
    const text = (await pdfPages(pdf)).join(" ").replace(/\s+/g, " ");
    expect(text).toContain("rechnerisch und sachlich geprüft; Belegprüfung als Stichprobe (B-3, B-7)");
    expect(text).toContain("mit Beanstandung, 1.200,00 € Sachkosten nicht anerkannt");
    expect(text).toContain("Beleg B-7 gehört nicht zum Förderjahr.");
  }, 120_000);
});
