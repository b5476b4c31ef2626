import { beforeAll, describe, expect, it } from "vitest";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { ForbiddenError, NotFoundError } from "./errors";
import { asJson, createTestDeps } from "./fixtures/test-deps";
import { getFiling } from "./get-filing";
import { listFilings } from "./list-filings";
import { diakonie, hansestadt, drk, innenstadt } from "./fixtures/principals";
import { submitFiling } from "./submit-filing";

describe("a Tandem partner reads the district's Jahresbericht", () => {
  let t: Awaited<ReturnType<typeof createTestDeps>>;
  let jb: string;
  let vn: string;
  beforeAll(async () => {
    t = await createTestDeps();
    vn = (await submitFiling(diakonie, asJson(sampleVerwendungsnachweis(innenstadt)), t.deps)).filingId;
    jb = (await submitFiling(diakonie, asJson(sampleJahresbericht(innenstadt)), t.deps)).filingId;
  });

  it("lets the Hansestadt read the Innenstadt Jahresbericht but not the Träger's Verwendungsnachweis", async () => {
    expect((await getFiling(hansestadt, jb, t.deps)).filing.filingId).toBe(jb);
    await expect(getFiling(hansestadt, vn, t.deps)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists the Tandem Jahresbericht for the partner, and nothing of it for an unrelated Träger", async () => {
    const partner = await listFilings(hansestadt, { programmeId: "stadtteilmanagement", year: 2025 }, t.deps);
    expect(partner.items.map((i) => i.filingId)).toEqual([jb]);
    const other = await listFilings(drk, { programmeId: "stadtteilmanagement", year: 2025 }, t.deps);
    expect(other.items).toEqual([]);
    await expect(getFiling(drk, jb, t.deps)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("does not let the partner submit in the Träger's name", async () => {
    await expect(
      submitFiling(hansestadt, asJson(sampleJahresbericht(innenstadt)), t.deps),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});
