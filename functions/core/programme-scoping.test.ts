import { beforeAll, describe, expect, it } from "vitest";
import { filingKey } from "../../shared/filing/filing";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { diffVersions } from "./diff-versions";
import { ForbiddenError, NotFoundError } from "./errors";
import {
  awo,
  bothKoordinierung,
  koordinierung,
  leitung,
  noProgrammeKoordinierung,
  OTHER_PROGRAMME,
  otherAwo,
  otherKoordinierung,
  otherLeitung,
} from "./fixtures/principals";
import { asJson, createTestDeps } from "./fixtures/test-deps";
import { getConsolidatedWorkbook } from "./get-consolidated-workbook";
import { getDraft } from "./get-draft";
import { getFiling } from "./get-filing";
import { getFilingWorkbook } from "./get-filing-workbook";
import { getPublication, getYearPublication } from "./get-publication";
import { getVersion } from "./get-version";
import { listFilings } from "./list-filings";
import { listProgrammes } from "./list-programmes";
import type { PdfRenderer } from "./pdf-renderer";
import type { Principal } from "./principal";
import { putParams } from "./put-params";
import { requireKnownTraeger } from "./require-assignment";
import { reviewFiling } from "./review-filing";
import { saveDraft } from "./save-draft";
import { submitFiling } from "./submit-filing";

const LG = "stadtteilmanagement";
const lgMeta = { programmeId: LG, traegerId: "awo", districtId: "kaltenmoor", year: 2025 };
const otherMeta = { programmeId: OTHER_PROGRAMME, traegerId: "awo", districtId: "gartenstadt", year: 2025 };
const lgId = filingKey("jahresbericht", lgMeta);
const otherId = filingKey("jahresbericht", otherMeta);
/** A Jahresbericht of Lüneburg's AWO that was never submitted: the "not found" to compare with. */
const absentId = filingKey("jahresbericht", { ...lgMeta, districtId: "bockelsberg" });

/** The renderer is never reached: authorisation answers first. */
const noPdf: PdfRenderer = {
  render: async () => {
    throw new Error("printed although not authorised");
  },
};

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: Error) => ({ type: e.constructor.name, message: e.message }),
  );

describe("programme scoping", () => {
  let t: Awaited<ReturnType<typeof createTestDeps>>;
  beforeAll(async () => {
    t = await createTestDeps();
    await submitFiling(awo, asJson(sampleJahresbericht(lgMeta)), t.deps);
    await submitFiling(awo, asJson(sampleJahresbericht(lgMeta)), t.deps);
    await submitFiling(otherAwo, asJson(sampleJahresbericht(otherMeta)), t.deps);
  });

  // Every read of one filing, as a caller of another programme would send it.
  const READS: [string, (p: Principal, id: string) => Promise<unknown>][] = [
    ["getFiling", (p, id) => getFiling(p, id, t.deps)],
    ["getVersion", (p, id) => getVersion(p, id, 1, t.deps)],
    ["diffVersions", (p, id) => diffVersions(p, id, 1, 2, t.deps)],
    ["getFilingWorkbook", (p, id) => getFilingWorkbook(p, id, undefined, t.deps)],
  ];

  it.each(READS)(
    "%s: another programme's filing is answered exactly like one that does not exist",
    async (_, read) => {
      for (const p of [otherAwo, otherKoordinierung, otherLeitung, noProgrammeKoordinierung]) {
        const hidden = await failure(read(p, lgId));
        expect(hidden?.type, p.sub).toBe("NotFoundError");
        expect(hidden, p.sub).toEqual(await failure(read(p, absentId)));
      }
    },
  );

  it("lets the programme's own callers read the same filing", async () => {
    for (const p of [awo, koordinierung, leitung, bothKoordinierung])
      expect((await getFiling(p, lgId, t.deps)).filing.latestVersion, p.sub).toBe(2);
    expect((await getFiling(otherAwo, otherId, t.deps)).filing.latestVersion).toBe(1);
  });

  it("treats `awo` of another programme as another Träger: not found, not listed, no submit, no draft", async () => {
    await expect(getFiling(awo, otherId, t.deps)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getFiling(otherAwo, lgId, t.deps)).rejects.toBeInstanceOf(NotFoundError);
    const own = await listFilings(otherAwo, { programmeId: OTHER_PROGRAMME, year: 2025 }, t.deps);
    expect(own.items.map((i) => i.filingId)).toEqual([otherId]);
    await expect(submitFiling(awo, asJson(sampleVerwendungsnachweis(otherMeta)), t.deps)).rejects.toThrow(
      /gilt nicht für das Förderprogramm/,
    );
    const draft = sampleVerwendungsnachweis({ ...lgMeta, year: 2027 });
    const draftId = filingKey(draft.kind, draft.meta);
    await saveDraft(awo, draftId, () => draft, t.deps);
    await expect(getDraft(otherAwo, draftId, t.deps)).rejects.toBeInstanceOf(NotFoundError);
    const foreign = sampleVerwendungsnachweis({ ...otherMeta, year: 2027 });
    await expect(
      saveDraft(awo, filingKey(foreign.kind, foreign.meta), () => foreign, t.deps),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("reviews and publishes only filings of the reviewer's programme (another's: not found)", async () => {
    const review = (p: Principal, action: "pruefen" | "kenntnis") =>
      failure(reviewFiling(p, lgId, { action }, t.deps));
    expect(await review(otherKoordinierung, "pruefen")).toEqual(
      await failure(reviewFiling(otherKoordinierung, absentId, { action: "pruefen" }, t.deps)),
    );
    expect((await review(otherKoordinierung, "pruefen"))?.type).toBe("NotFoundError");
    expect((await review(otherLeitung, "kenntnis"))?.type).toBe("NotFoundError");
    expect((await failure(getPublication(otherKoordinierung, lgId, t.deps, noPdf)))?.type).toBe(
      "NotFoundError",
    );
    expect((await t.store.getHead(lgId))?.status).toBe("eingereicht");
  });

  it("answers a list, consolidation, publication or parameters of another programme with a German 403", async () => {
    const at = { programmeId: LG, year: 2025 };
    const refusals = [
      listFilings(otherKoordinierung, at, t.deps),
      listFilings(otherAwo, at, t.deps),
      listFilings(awo, { programmeId: OTHER_PROGRAMME, year: 2025 }, t.deps),
      getConsolidatedWorkbook(otherLeitung, at, undefined, t.deps),
      getYearPublication(otherKoordinierung, at, t.deps, noPdf),
      putParams(otherKoordinierung, defaultProgramParams(at), t.deps),
    ];
    for (const refused of refusals) {
      const error = await refused.then(
        () => undefined,
        (e: Error) => e,
      );
      expect(error).toBeInstanceOf(ForbiddenError);
      expect(error?.message).toMatch(
        /^Diese Anmeldung gilt nicht für das Förderprogramm „.+“, sondern für: „.+“/,
      );
    }
  });

  it("keeps an unknown programme 404, as before", async () => {
    await expect(
      listFilings(koordinierung, { programmeId: "gibt-es-nicht", year: 2025 }, t.deps),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("gives a login naming several programmes each of them", async () => {
    expect(
      listProgrammes(bothKoordinierung)
        .map((p) => p.id)
        .sort(),
    ).toEqual([OTHER_PROGRAMME, LG].sort());
    expect(listProgrammes(koordinierung).map((p) => p.id)).toEqual([LG]);
    expect(listProgrammes(otherAwo).map((p) => p.id)).toEqual([OTHER_PROGRAMME]);
    for (const programmeId of [LG, OTHER_PROGRAMME]) {
      const list = await listFilings(bothKoordinierung, { programmeId, year: 2025 }, t.deps);
      expect(list.items.map((i) => i.filingId)).toEqual([programmeId === LG ? lgId : otherId]);
    }
  });

  it("fails closed for a login without programmes: it sees nothing, never everything", async () => {
    expect(listProgrammes(noProgrammeKoordinierung)).toEqual([]);
    await expect(
      listFilings(noProgrammeKoordinierung, { programmeId: LG, year: 2025 }, t.deps),
    ).rejects.toThrow(/keinem Förderprogramm zugeordnet/);
    await expect(getFiling(noProgrammeKoordinierung, lgId, t.deps)).rejects.toBeInstanceOf(NotFoundError);
    expect(() => requireKnownTraeger({ ...awo, programmeIds: [] })).toThrow(
      /keinem Förderprogramm zugeordnet/,
    );
    // A programme whose Stammdaten do not list the Träger does not count for it.
    expect(() =>
      requireKnownTraeger({ ...awo, traegerId: "caritas", programmeIds: [OTHER_PROGRAMME] }),
    ).toThrow(ForbiddenError);
    expect(() => requireKnownTraeger(otherAwo)).not.toThrow();
  });
});
