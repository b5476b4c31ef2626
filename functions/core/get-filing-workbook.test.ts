import { beforeAll, describe, expect, it } from "vitest";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { NotFoundError } from "./errors";
import { awo, caritas, koordinierung, diakonie, hansestadt, innenstadt } from "./fixtures/principals";
import { asJson, createTestDeps } from "./fixtures/test-deps";
import { getFilingWorkbook } from "./get-filing-workbook";
import { submitFiling } from "./submit-filing";

describe("getFilingWorkbook", () => {
  let t: Awaited<ReturnType<typeof createTestDeps>>;
  beforeAll(async () => {
    t = await createTestDeps();
  });

  it("writes the latest version when none is asked for, named after kind, Träger, district, year and version", async () => {
    const filing = sampleVerwendungsnachweis();
    const { filingId } = await submitFiling(awo, asJson(filing), t.deps);
    const workbook = await getFilingWorkbook(awo, filingId, undefined, t.deps);
    expect(workbook.version).toBe(1);
    expect(workbook.filename).toBe("verwendungsnachweis-awo-kaltenmoor-2025-v1.xlsx");
    expect((await readWorkbook(workbook.body)).filing).toEqual(filing);

    await expect(getFilingWorkbook(caritas, filingId, undefined, t.deps)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(getFilingWorkbook(koordinierung, filingId, 2, t.deps)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getFilingWorkbook(koordinierung, "2025.gibt.es.nicht", 1, t.deps)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("gives the Tandem partner the district's Jahresbericht, but not the Träger's Verwendungsnachweis", async () => {
    const jb = sampleJahresbericht(innenstadt);
    const jbId = (await submitFiling(diakonie, asJson(jb), t.deps)).filingId;
    const vnId = (await submitFiling(diakonie, asJson(sampleVerwendungsnachweis(innenstadt)), t.deps))
      .filingId;

    const workbook = await getFilingWorkbook(hansestadt, jbId, 1, t.deps);
    expect(workbook.filename).toBe("jahresbericht-lebensraum-diakonie-innenstadt-2025-v1.xlsx");
    expect((await readWorkbook(workbook.body)).filing).toEqual(jb);
    await expect(getFilingWorkbook(hansestadt, vnId, 1, t.deps)).rejects.toBeInstanceOf(NotFoundError);
  });
});
