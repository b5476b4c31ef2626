import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../shared/samples/sample-filings";
import { readWorkbook } from "../shared/xlsx/read-workbook";
import { excelJsHost } from "../shared/xlsx/exceljs-host";
import { localDate } from "../functions/core/due-status";
import { samplePruefenRequest } from "../shared/pruefung/sample-pruefvermerk";
import { startTestApi, type TestApi } from "./fixtures/start-test-api";
import { routePath, routeRequest } from "../tests/support/route-request";

let api: TestApi;
const as = (user: string) => api.token(user);
beforeAll(async () => (api = await startTestApi()));
afterAll(() => api?.close());

describe("a Verwendungsnachweis from submission to 51.12, over HTTP", () => {
  const filing = sampleVerwendungsnachweis();
  const id = "stadtteilmanagement.2025.verwendungsnachweis.awo.kaltenmoor";

  it("runs submit → list → get → return → resubmit → diff → prüfen → kenntnis → weiterleiten", async () => {
    const submitted = await api.call(...routeRequest("submitFiling"), {
      token: await as("awo"),
      body: filing,
    });
    expect(submitted.status).toBe(201);
    expect(submitted.body).toMatchObject({
      filingId: id,
      version: 1,
      status: "eingereicht",
      replayed: false,
    });

    const list = await api.call(
      ...routeRequest(
        "listFilings",
        {},
        { programme: "stadtteilmanagement", year: 2025, district: "kaltenmoor" },
      ),
      { token: await as("koordinierung") },
    );
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { filingId: string }) => i.filingId)).toEqual([id]);
    expect(list.body.missing.map((m: { kind: string }) => m.kind)).toEqual(["jahresbericht"]);

    const detail = await api.call(...routeRequest("getFiling", { id }), { token: await as("koordinierung") });
    expect(detail.body.latest.content).toEqual(filing);

    const returned = await api.call(...routeRequest("reviewFiling", { id }), {
      token: await as("koordinierung"),
      body: {
        action: "zurueckgeben",
        expectedVersion: 1,
        comments: [
          { path: ["personal", "zeilen", 1, "verguetungsgruppe"], text: "Bitte die Eingruppierung prüfen." },
          { path: ["sachkosten"], text: "Belege für die Sachkosten bitte nachreichen." },
          { text: "Allgemein: bitte bis Ende April korrigieren." },
        ],
      },
    });
    expect(returned.body.status).toBe("zurueckgegeben");

    const corrected = structuredClone(filing);
    corrected.data.personal.zeilen[1]!.verguetungsgruppe = "TVöD SuE S 12";
    const resubmitted = await api.call(...routeRequest("submitFiling"), {
      token: await as("awo"),
      body: corrected,
      headers: { "idempotency-key": "korrektur-1" },
    });
    expect(resubmitted.body).toMatchObject({ version: 2, status: "eingereicht" });
    const replay = await api.call(...routeRequest("submitFiling"), {
      token: await as("awo"),
      body: corrected,
      headers: { "idempotency-key": "korrektur-1" },
    });
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ version: 2, replayed: true });

    const diff = await api.call(...routeRequest("diffVersions", { id }, { from: 1, to: 2 }), {
      token: await as("koordinierung"),
    });
    expect(diff.body.changes).toEqual([
      expect.objectContaining({
        path: ["personal", "zeilen", 1, "verguetungsgruppe"],
        after: "TVöD SuE S 12",
      }),
    ]);

    for (const [action, user, status] of [
      ["pruefen", "koordinierung", "rechnerisch_geprueft"],
      ["kenntnis", "leitung", "zur_kenntnis_genommen"],
      ["weiterleiten", "koordinierung", "weitergeleitet"],
    ] as const) {
      const step = await api.call(...routeRequest("reviewFiling", { id }), {
        token: await as(user),
        body:
          action === "pruefen"
            ? { ...samplePruefenRequest(resubmitted.body.findings), expectedVersion: 2 }
            : { action, expectedVersion: 2 },
      });
      expect(step.status, JSON.stringify(step.body)).toBe(200);
      expect(step.body.status).toBe(status);
    }

    const final = await api.call(...routeRequest("getFiling", { id }), { token: await as("awo") });
    expect(final.body.filing.status).toBe("weitergeleitet");
    expect(final.body.audit.map((a: { action: string }) => a.action)).toEqual([
      "einreichen",
      "zurueckgeben",
      "einreichen",
      "pruefen",
      "kenntnis",
      "weiterleiten",
    ]);
    expect(final.body.comments).toEqual([
      expect.objectContaining({ text: "Bitte die Eingruppierung prüfen." }),
      expect.objectContaining({ text: "Belege für die Sachkosten bitte nachreichen." }),
      expect.objectContaining({ text: "Allgemein: bitte bis Ende April korrigieren." }),
    ]);
  });

  /** GET /filings/{id}/workbook with plain fetch, as a browser or the add-in would download it. */
  const download = (user: string, version?: number | string) =>
    as(user).then((token) =>
      fetch(`${api.url}${routePath("getFilingWorkbook", { id }, { version })}`, {
        headers: { authorization: `Bearer ${token}` },
      }),
    );

  /** The five Prüfung cells of a downloaded workbook, read by their defined names. */
  const pruefungCells = async (bytes: ArrayBuffer) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const names = [
      "geprueft_name",
      "geprueft_datum",
      "kenntnis_name",
      "kenntnis_datum",
      "weitergeleitet_datum",
    ];
    const read = await excelJsHost(workbook).read({
      names: names.map((n) => `VN_pruefung_${n}`),
      tables: [],
    });
    return Object.fromEntries(
      names.map((n) => {
        const at = read.names[`VN_pruefung_${n}`];
        expect(at, n).toBeDefined();
        return [n, at!.value];
      }),
    );
  };

  it("downloads the reviewed version as a workbook with the city's Prüfung filled in", async () => {
    const detail = await api.call(...routeRequest("getFiling", { id }), { token: await as("koordinierung") });
    expect(detail.body.filing.status).toBe("weitergeleitet");
    const at = (action: string) =>
      (detail.body.audit as { action: string; at: string }[]).findLast((e) => e.action === action)!.at;
    const day = (action: string) => new Date(`${localDate(new Date(at(action)))}T00:00:00Z`);

    const response = await download("awo");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="verwendungsnachweis-awo-kaltenmoor-2025-v2.xlsx"',
    );
    const bytes = await response.arrayBuffer();
    expect(Buffer.from(bytes).subarray(0, 2).toString("latin1")).toBe("PK");

    const read = await readWorkbook(bytes);
    expect(read.findings).toEqual([]);
    expect(read.filing).toEqual(detail.body.latest.content);
    expect(detail.body.latest.version).toBe(2);

    expect(await pruefungCells(bytes)).toEqual({
      geprueft_name: "Koordinierungsstelle Stadtteilarbeit",
      geprueft_datum: day("pruefen"),
      kenntnis_name: "Stabsstellenleitung 05",
      kenntnis_datum: day("kenntnis"),
      weitergeleitet_datum: day("weiterleiten"),
    });
  });

  it("downloads an older version with its own content and no Prüfung", async () => {
    const v1 = await api.call(...routeRequest("getVersion", { id, version: 1 }), {
      token: await as("koordinierung"),
    });
    const response = await download("koordinierung", 1);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("-v1.xlsx");
    const bytes = await response.arrayBuffer();
    expect((await readWorkbook(bytes)).filing).toEqual(v1.body.content);
    expect(Object.values(await pruefungCells(bytes)).every((v) => v === null || v === "")).toBe(true);
  });

  it("downloads the returned version with each comment as a note at its cell and a Rückfragen sheet", async () => {
    const response = await download("awo", 1);
    const bytes = await response.arrayBuffer();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    // The cells the reader finds for the commented fields are where the notes are.
    const read = await readWorkbook(bytes);
    const noteAt = (path: (string | number)[]) => {
      const [sheet, address] = read.cellOf(path)!.replace(/'/g, "").split("!") as [string, string];
      const note = workbook.getWorksheet(sheet)!.getCell(address).note;
      return typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("");
    };
    expect(noteAt(["personal", "zeilen", 1, "verguetungsgruppe"])).toMatch(
      /^Rückfrage 1 \(Koordinierungsstelle Stadtteilarbeit, \d{2}\.\d{2}\.\d{4}\): Bitte die Eingruppierung prüfen\.$/,
    );
    expect(noteAt(["sachkosten"])).toContain("Rückfrage 2");
    expect(noteAt(["sachkosten"])).toContain("Belege für die Sachkosten bitte nachreichen.");

    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe("Rückfragen");
    const rows = [5, 6, 7].map((r) => [1, 2, 3, 4].map((c) => sheet.getRow(r).getCell(c).text));
    expect(rows).toEqual([
      [
        "1",
        "1. Personalkosten › Zeile 2 › Vergütungsgruppe",
        read.cellOf(["personal", "zeilen", 1, "verguetungsgruppe"])!.replace(/'/g, ""),
        "Bitte die Eingruppierung prüfen.",
      ],
      [
        "2",
        expect.stringContaining("Sachkosten"),
        read.cellOf(["sachkosten"])!.replace(/'/g, ""),
        "Belege für die Sachkosten bitte nachreichen.",
      ],
      ["3", "allgemein", "–", "Allgemein: bitte bis Ende April korrigieren."],
    ]);
    // The latest version (v2) was not commented on: no Rückfragen sheet there.
    const latest = new ExcelJS.Workbook();
    await latest.xlsx.load(await (await download("awo")).arrayBuffer());
    expect(latest.worksheets.map((w) => w.name)).not.toContain("Rückfragen");
  });

  it("answers 404 for another Träger's filing and for a version that does not exist", async () => {
    const other = await download("caritas");
    expect(other.status).toBe(404);
    expect(other.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(await other.json()).toMatchObject({ type: "not-found", status: 404 });

    const missing = await download("koordinierung", 3);
    expect(missing.status).toBe(404);
    expect((await missing.json()).detail).toBe("Version 3 dieses Vorgangs gibt es nicht.");

    expect((await download("koordinierung", 0)).status).toBe(400);
    expect((await download("koordinierung", "abc")).status).toBe(400);
  });
});
