import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { XLSX_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { seedDemo } from "../../dev/seed-demo";
import { routeRequest } from "../support/route-request";
import { verifyArchiveZip } from "./verify-archive-zip";

const run = promisify(execFile);

let api: TestApi;
let dir: string;
let xlsx: Uint8Array;
/** The demo has this filing returned once: the workbook is its next version. */
let xlsxVersion = 0;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const xlsxId = "stadtteilmanagement.2025.verwendungsnachweis.caritas.bockelsberg";

beforeAll(async () => {
  api = await startTestApi();
  dir = await mkdtemp(join(tmpdir(), "archiv-"));
  const seeded = await seedDemo(api.store, new Date("2025-12-01T08:00:00Z"));
  expect(seeded.filings2025).toBeGreaterThan(0);
  // One more, uploaded as a workbook and signed, so originals of both kinds and an upload are in.
  xlsx = await writeWorkbook(
    sampleVerwendungsnachweis({
      programmeId: "stadtteilmanagement",
      traegerId: "caritas",
      districtId: "bockelsberg",
      year: 2025,
    }),
  );
  const caritas = await api.token("caritas");
  const sent = await api.call(...routeRequest("submitFiling"), {
    token: caritas,
    body: xlsx,
    headers: { "content-type": XLSX_MEDIA_TYPE },
  });
  expect(sent.status, JSON.stringify(sent.body)).toBe(201);
  xlsxVersion = sent.body.version as number;
  const signed = await api.call(...routeRequest("uploadAttachment", { id: xlsxId, version: xlsxVersion }), {
    token: caritas,
    body: PNG,
  });
  expect(signed.status).toBe(201);
}, 240_000);
afterAll(async () => {
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("archive export", () => {
  it("zips the demo year so that unzip and sha256sum alone can check every file against the manifest", async () => {
    const response = await api.call(
      ...routeRequest("getYearArchive", { programmeId: "stadtteilmanagement", year: 2025 }),
      {
        token: await api.token("koordinierung"),
      },
    );
    expect(response.status).toBe(200);
    expect(response.contentType).toBe("application/zip");
    await writeFile(join(dir, "archiv.zip"), response.bytes);
    const { manifest, out } = await verifyArchiveZip(dir, "archiv.zip");

    // Every version of every filing of the year is there, with original, content, findings and receipt.
    const listed = await api.store.listHeads({ programmeId: "stadtteilmanagement", year: 2025 });
    expect(manifest.filings).toBe(listed.length);
    for (const f of listed)
      for (let v = 1; v <= f.latestVersion; v++)
        for (const name of ["inhalt.json", "befunde.json", "eingangsbestaetigung.pdf"])
          expect(manifest.files.map((m) => m.path)).toContain(`${f.filingId}/v${v}/${name}`);
    const original = await readFile(join(out, xlsxId, `v${xlsxVersion}`, "original.xlsx"));
    expect(Buffer.compare(original, Buffer.from(xlsx))).toBe(0);
    expect(
      manifest.files.some((m) => m.path.startsWith(`${xlsxId}/v${xlsxVersion}/anlagen/unterschrift-`)),
    ).toBe(true);
    // The audit trail keeps the reviewers' comments.
    const trails = await Promise.all(
      listed.map(async (h) => ({
        id: h.filingId,
        audit: JSON.parse(await readFile(join(out, h.filingId, "verlauf.json"), "utf8")) as {
          action: string;
          comments: { text: string }[];
        }[],
      })),
    );
    const returned = trails.find((t) => t.audit.some((e) => e.action === "zurueckgeben"))!;
    const comment = returned.audit.find((e) => e.action === "zurueckgeben")!.comments[0]!.text;
    const trail = await readFile(join(out, returned.id, "verlauf.csv"), "utf8");
    expect(trail.startsWith("\ufeffNr.;Zeitpunkt;Aktion")).toBe(true);
    expect(trail).toContain(comment.includes(";") ? `"${comment}"` : comment);
    // A spreadsheet reads the index: semicolons, one row per file after the header.
    const csv = (await readFile(join(out, "manifest.csv"), "utf8")).trim().split("\r\n");
    expect(csv).toHaveLength(manifest.files.length + 1);
    expect(await readFile(join(out, "LIESMICH.txt"), "utf8")).toContain("sha256sum -c SHA256SUMS");
  }, 240_000);

  it("zips one filing with all its versions", async () => {
    const response = await api.call(...routeRequest("getFilingArchive", { id: xlsxId }), {
      token: await api.token("koordinierung"),
    });
    expect(response.status).toBe(200);
    await writeFile(join(dir, "one.zip"), response.bytes);
    const { stdout } = await run("unzip", ["-Z1", "one.zip"], { cwd: dir });
    const names = stdout.split("\n").filter(Boolean);
    const perVersion = ["befunde.json", "eingangsbestaetigung.pdf", "inhalt.json"];
    const expected = ["LIESMICH.txt", "SHA256SUMS", "manifest.csv", "manifest.json"];
    expected.push(`${xlsxId}/verlauf.csv`, `${xlsxId}/verlauf.json`);
    for (let v = 1; v <= xlsxVersion; v++) {
      expected.push(...perVersion.map((name) => `${xlsxId}/v${v}/${name}`));
      expected.push(`${xlsxId}/v${v}/original.${v === xlsxVersion ? "xlsx" : "json"}`);
    }
    const uploads = names.filter((n) => n.includes("/anlagen/"));
    expect(uploads).toEqual([
      expect.stringMatching(new RegExp(`/v${xlsxVersion}/anlagen/unterschrift-[0-9a-f-]+\\.png$`)),
    ]);
    expect(names.filter((n) => !n.includes("/anlagen/")).sort()).toEqual(expected.sort());
  });
});
