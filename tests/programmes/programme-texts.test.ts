import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { DEV_USERS } from "../../dev/dev-users";
import { ForbiddenError } from "../../functions/core/errors";
import { getConsolidatedWorkbook } from "../../functions/core/get-consolidated-workbook";
import { getYearPublication } from "../../functions/core/get-publication";
import type { Principal } from "../../functions/core/principal";
import { reviewFiling } from "../../functions/core/review-filing";
import type { ServiceDeps } from "../../functions/core/service-deps";
import { REVIEW_ACTIONS, ROLES, type Role } from "../../shared/domain/lifecycle";
import type { PdfRenderer } from "../../functions/core/pdf-renderer";
import { buildOpenApi } from "../../functions/openapi/build-openapi";
import { pdfmakeRenderer } from "../../functions/render/pdfmake-renderer";
import { memorySource } from "../../shared/consolidate/test-support/memory-source";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { PROGRAMMES } from "../../shared/programme/programmes";
import { jahresberichtPublication, yearPublication } from "../../shared/publish/year-publication";
import { writeConsolidatedWorkbook } from "../../shared/xlsx/write-consolidated-workbook";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { pdfPages } from "../support/poppler";
import { FIRST_WORDS, META, first, leaks, neutral, second, zuordnung } from "./first-programme-words";

/**
 * Every text the product writes for a programme comes from its pack: rendered for the second
 * programme, no output holds a word of the first – its name, its city, its budget's name, its
 * offices. The forms, the consolidated workbook, the publication and the OpenAPI description.
 */
const vn = neutral(sampleVerwendungsnachweis(META));
const jb = neutral(sampleJahresbericht(META));

/** Every string of a workbook: cell values, sheet names, headers and footers. */
const workbookTexts = async (bytes: Uint8Array) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const texts: string[] = [];
  workbook.eachSheet((sheet) => {
    texts.push(sheet.name, JSON.stringify(sheet.headerFooter ?? {}));
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
  });
  return texts.join("\n");
};

describe("every programme-specific text comes from the programme pack", () => {
  it("knows the first programme's words it looks for", () => {
    expect(FIRST_WORDS.length).toBeGreaterThanOrEqual(6);
    expect(leaks(JSON.stringify(first))).toEqual(FIRST_WORDS);
  });

  it.each([
    ["a blank Verwendungsnachweis", () => writeWorkbook({ kind: "verwendungsnachweis", meta: META })],
    ["a filled Verwendungsnachweis", () => writeWorkbook(vn)],
    ["a blank Jahresbericht", () => writeWorkbook({ kind: "jahresbericht", meta: META })],
    ["a filled Jahresbericht", () => writeWorkbook(jb)],
    [
      "a Jahresbericht as filed, its optional tables empty („keine Angaben.“)",
      () =>
        writeWorkbook({
          ...jb,
          data: {
            ...jb.data,
            personelleRessourcen: [],
            angebote: [],
            gegenstand: { ...jb.data.gegenstand, inhalt: [] },
          },
          asFiled: true,
        }),
    ],
    ["the consolidated workbook", () => writeConsolidatedWorkbook(memorySource([vn, jb]))],
  ])("writes %s for the second programme without a word of the first", async (_name, write) => {
    const texts = await workbookTexts(await write());

    expect(texts.length).toBeGreaterThan(1000);
    expect(leaks(texts)).toEqual([]);
  });

  it("publishes a district's and the year's Jahresberichte without a word of the first", async () => {
    const renderer = pdfmakeRenderer();
    const pages = [
      ...(await pdfPages(await renderer.render(jahresberichtPublication(jb)))),
      ...(await pdfPages(await renderer.render(yearPublication(second.id, 2025, [jb])))),
    ].join("\n");

    expect(pages).toContain(second.name);
    expect(leaks(pages)).toEqual([]);
  });

  it("names the second programme's demo staff by its own offices, not by the first's", () => {
    const staff = Object.values(DEV_USERS).filter(
      (u) => u.programmeIds.includes(second.id) && u.role !== "traeger",
    );

    expect(staff.map((u) => [u.role, u.name.split(" – ")[0]]).sort()).toEqual([
      ["koordinierung", second.texte.koordinierungsstelle],
      ["leitung", second.texte.leitung],
    ]);
    expect(leaks(staff.map((u) => u.name).join("\n"))).toEqual([]);
    expect(DEV_USERS.leitung?.name).toBe(first.texte.leitung);
  });

  describe("the API's refusals name the second programme's roles", () => {
    const as = (role: Role): Principal => ({
      sub: `u-${role}`,
      name: "",
      role,
      programmeIds: [second.id],
      ...(role === "traeger" && { traegerId: zuordnung.traegerId }),
    });
    // Both refuse on the role before they read anything: no store, no renderer needed.
    const deps = {} as ServiceDeps;
    const refusal = async (call: Promise<unknown>) => {
      const error = await call.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ForbiddenError);
      return (error as Error).message;
    };
    const rollen = second.texte.rollen!;

    it("refuses every review step to the other roles in the programme's words", async () => {
      const messages: string[] = [];
      for (const [action, spec] of Object.entries(REVIEW_ACTIONS))
        for (const role of ROLES.filter((r) => r !== spec.role))
          messages.push(
            await refusal(reviewFiling(as(role), "any", { action, comments: [] } as never, deps)),
          );

      expect(messages).toContain(`„zurückgeben“ ist der Rolle „${rollen.koordinierung}“ vorbehalten.`);
      expect(messages.some((m) => m.includes(`„${rollen.leitung}“`))).toBe(true);
      expect(leaks(messages.join("\n"))).toEqual([]);
    });

    it("keeps the consolidated workbook and the publication from a Träger in the programme's words", async () => {
      const at = { programmeId: second.id, year: 2025 };
      const messages = [
        await refusal(getConsolidatedWorkbook(as("traeger"), at, undefined, deps)),
        await refusal(getYearPublication(as("traeger"), at, deps, {} as PdfRenderer)),
      ];

      expect(messages[0]).toBe(
        `Die konsolidierte Mappe ist den Rollen „${rollen.koordinierung}“ und „${rollen.leitung}“ vorbehalten.`,
      );
      expect(leaks(messages.join("\n"))).toEqual([]);
    });
  });

  it("describes the API without naming a programme", () => {
    const { description } = buildOpenApi().info;

    expect(leaks(description)).toEqual([]);
    expect(PROGRAMMES.some((p) => description.includes(p.name))).toBe(false);
  });
});
