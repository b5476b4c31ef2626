import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { filingKey } from "../../shared/filing/filing";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import type { PdfRenderer } from "../../functions/core/pdf-renderer";
import { exportArchive } from "../../functions/core/export-archive";
import { getFiling } from "../../functions/core/get-filing";
import { putParams } from "../../functions/core/put-params";
import { redactFiling } from "../../functions/core/redact-filing";
import { submitFiling } from "../../functions/core/submit-filing";
import type { ServiceDeps } from "../../functions/core/service-deps";
import { ConflictError } from "../../functions/core/errors";
import { DEV_USERS } from "../../dev/dev-users";
import { createTestStore } from "../../functions/store/fixtures/create-test-store";

const meta = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: 2025 };
const id = filingKey("verwendungsnachweis", meta);
const koordinierung = DEV_USERS.koordinierung!;
/** The receipts do not name staff; a stand-in keeps the archive quick. */
const stubPdf: PdfRenderer = { render: async () => new TextEncoder().encode("%PDF-1.4\n%%EOF\n") };

let store: ServiceDeps["store"];
let now = new Date("2026-03-20T09:00:00Z");
const deps = (): ServiceDeps => ({ store, clock: () => now });
const filing = sampleVerwendungsnachweis(meta);
const staff = filing.data.personal.zeilen.flatMap((z) => [z.name, z.vorname]);

const archiveText = async () => {
  const chunks: Uint8Array[] = [];
  await exportArchive(koordinierung, { filingId: id }, deps(), stubPdf, (c) => chunks.push(c));
  const files = unzipSync(new Uint8Array(Buffer.concat(chunks)));
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => !/\.(pdf|xlsx|png|jpg)$/.test(name))
      .map(([name, bytes]) => [name, new TextDecoder().decode(bytes)]),
  );
};

beforeAll(async () => {
  store = (await createTestStore()).store;
  const awo = DEV_USERS.awo!;
  await submitFiling(awo, { body: filing, rawBody: JSON.stringify(filing), source: "json" }, deps());
  const corrected = structuredClone(filing);
  corrected.data.personal.zeilen[0]!.qualifikation = `Leitung, vertreten durch ${filing.data.personal.zeilen[1]!.vorname}`;
  now = new Date("2026-03-21T09:00:00Z");
  await submitFiling(awo, { body: corrected, rawBody: JSON.stringify(corrected), source: "json" }, deps());
});

describe("retention and redaction (Löschkonzept)", () => {
  it("shows „aufzubewahren bis“ 31.12. of the Förderjahr + 10 years on the filing", async () => {
    const detail = await getFiling(koordinierung, id, deps());
    expect(detail.records).toMatchObject({
      aufzubewahrenBis: "2035-12-31",
      aufbewahrungHinweis: "aufzubewahren bis 31.12.2035",
    });
  });

  it("refuses to redact anything before the date, even when the year allows redaction", async () => {
    now = new Date("2035-12-31T22:30:00Z");
    const params = { ...defaultProgramParams(meta), schwaerzungFreigegeben: true };
    await putParams(koordinierung, params, deps());
    const before = await store.getVersion(id, 1);
    const refusal = redactFiling(koordinierung, id, deps());
    await expect(refusal).rejects.toBeInstanceOf(ConflictError);
    await expect(refusal).rejects.toThrow("bis 31.12.2035 aufzubewahren");
    expect(await store.getVersion(id, 1)).toEqual(before);
  });

  it("refuses after the date while the year's parameters do not allow it (off by default)", async () => {
    now = new Date("2036-01-02T08:00:00Z");
    await putParams(koordinierung, defaultProgramParams(meta), deps());
    await expect(redactFiling(koordinierung, id, deps())).rejects.toThrow("schwaerzungFreigegeben");
  });

  it("after the date redacts staff names in every version and the archive, keeping amounts, hashes and an audit entry", async () => {
    now = new Date("2036-01-02T08:00:00Z");
    await putParams(koordinierung, { ...defaultProgramParams(meta), schwaerzungFreigegeben: true }, deps());
    const head = (await store.getHead(id))!;
    const versions = [await store.getVersion(id, 1), await store.getVersion(id, 2)];
    const archivedBefore = await archiveText();
    expect(JSON.stringify(archivedBefore)).toContain(staff[0]);

    const result = await redactFiling(koordinierung, id, deps());
    expect(result).toEqual({ filingId: id, aufzubewahrenBis: "2035-12-31", versions: [1, 2], names: 8 });

    for (const [i, before] of versions.entries()) {
      const after = (await store.getVersion(id, i + 1))!;
      const text = JSON.stringify(after);
      for (const name of staff) expect(text).not.toContain(name);
      expect(
        after.content.kind === "verwendungsnachweis" && after.content.data.personal.zeilen[0]!.name,
      ).toBe("[geschwärzt]");
      expect(after.sha256).toBe(before!.sha256);
      expect(after.content.data).toMatchObject({ kopf: { zuschuss: filing.data.kopf.zuschuss } });
      const original = await store.getOriginal(id, i + 1);
      expect(original).toEqual({
        mediaType: "application/json",
        sha256: before!.sha256,
        removedAt: now.toISOString(),
      });
    }
    const headAfter = (await store.getHead(id))!;
    expect(headAfter.amounts).toEqual(head.amounts);
    expect(headAfter.status).toBe(head.status);
    const audit = await store.listAudit(id);
    const entries = audit.filter((e) => e.action === "schwaerzen");
    expect(entries.map((e) => [e.version, e.at, e.by.name])).toEqual([
      [1, now.toISOString(), koordinierung.name],
      [2, now.toISOString(), koordinierung.name],
    ]);
    expect(entries[0]!.comments[0]!.text).toContain(versions[0]!.sha256);
    expect(audit.length).toBe(head.auditSeq + 2);

    const archived = await archiveText();
    for (const [name, text] of Object.entries(archived))
      for (const person of staff) expect(text, `${name} nennt ${person}`).not.toContain(person);
    expect(archived[`${id}/v1/original-entfernt.txt`]).toContain(versions[0]!.sha256);
    expect(Object.keys(archived)).not.toContain(`${id}/v1/original.json`);

    // Done once: a second run finds nothing left to redact.
    expect(await redactFiling(koordinierung, id, deps())).toMatchObject({ versions: [], names: 0 });
  });
});
