import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { filingKey, type VerwendungsnachweisFiling } from "../../shared/filing/filing";
import { labelForPath } from "../../shared/filing/labels";
import { createApiClient } from "../../shared/api/api-client";
import { LEGACY_PROGRAMME_ID } from "../../shared/programme/programmes";
import { districtName } from "../../shared/programme/stammdaten";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { cellOfField } from "./support/filing-cells";
import { grantedSample } from "./support/granted-sample";
import { lookAt } from "./support/role-screens";
import { confirmPruefung, openMeineBerichte, taskPaneStackPerFile } from "./support/pane-steps";
import { signIn } from "./support/task-pane-browser";
import { routeRequest } from "../support/route-request";

/**
 * Every role's year, in headless Chromium on both hosts (a plain browser and the in-memory Excel),
 * against the local API: the Träger's first version is in; the Koordinierungsstelle reads it on
 * the desk and returns it with a comment on budget line 3; the Träger finds the return on the start
 * screen, opens it without a local file, sees the comment, fixes Personalkosten and Stellenanteil and
 * resubmits; the reviewer compares v1 and v2 formatted and confirms the Prüfung; the Leitung finds it
 * waiting for „zur Kenntnis“.
 */
const YEAR = new Date().getFullYear() - 1;
const HOSTS = [
  { host: "browser", traegerId: "caritas", districtId: "bockelsberg" },
  { host: "excel", traegerId: "lebensraum-diakonie", districtId: "innenstadt" },
] as const;
const BUDGET_LINE_3 = labelForPath("verwendungsnachweis", ["budget", "zeilen", 2], LEGACY_PROGRAMME_ID);
const COMMENT = "Bitte für Zeile 3 die Honorarverträge beilegen.";
// Personalkosten of the first person 51.234,56 € → 64.980,00 €, Stellenanteil 75 % → 100 %.
const DELTA = 6_498_000 - 5_123_456;

/** The corrected version: the first person full-time; the other sums follow, the Differenz stays 0. */
const corrected = (filing: VerwendungsnachweisFiling): VerwendungsnachweisFiling => {
  const next = structuredClone(filing);
  const d = next.data;
  d.personal.zeilen[0]!.stellenanteil = 1;
  d.personal.zeilen[0]!.personalkosten = 6_498_000;
  d.personal.summe! += DELTA;
  d.schlussrechnung.personalkosten! += DELTA;
  d.schlussrechnung.kostensumme! += DELTA;
  d.schlussrechnung.weitereEinnahmen! += DELTA;
  // The salary's Beleg moves along, so the Belegliste still proves the Personalkosten.
  d.belegliste[personalBeleg(next)]!.betrag! += DELTA;
  return next;
};
const personalBeleg = (filing: VerwendungsnachweisFiling): number =>
  filing.data.belegliste.findIndex((b) => b.kostenart === "personalkosten");

interface FakeExcel {
  type(sheet: string, address: string, value: unknown): void;
}
const typeInto = (page: Page, cells: { sheet: string; address: string; value: unknown }[]) =>
  page.evaluate((cs) => {
    const x = (window as unknown as { __excel: FakeExcel }).__excel;
    for (const c of cs) x.type(c.sheet, c.address, c.value);
  }, cells);

const upload = (page: Page, name: string, bytes: Uint8Array) =>
  page.getByLabel("Ausgefüllte Arbeitsmappe (.xlsx) auswählen").setInputFiles({
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(bytes),
  });

const stack = taskPaneStackPerFile();

for (const { host, traegerId, districtId } of HOSTS)
  describe(`every role's year on the ${host} host`, () => {
    const meta = { programmeId: "stadtteilmanagement", traegerId, districtId, year: YEAR };
    const filing = grantedSample(meta) as VerwendungsnachweisFiling;
    const row = `${districtName("stadtteilmanagement", districtId)} · Verwendungsnachweis`;
    let reviewer: Page;

    it("Koordinierungsstelle: reads the first version on the desk and returns it with a comment on budget line 3", async () => {
      const first = await stack.api.call(...routeRequest("submitFiling"), {
        token: await stack.api.token(traegerId),
        body: filing,
      });
      expect(first.status).toBe(201);

      reviewer = await stack.open(host);
      await signIn(reviewer, "koordinierung");
      await reviewer.getByLabel("Förderjahr", { exact: true }).selectOption(String(YEAR));
      await reviewer.getByRole("region", { name: "Vorgänge des Jahres" }).getByRole("table").waitFor();
      await lookAt(reviewer, `rolle-${host}-1-koordinierung-jahr`);
      await reviewer.getByRole("button", { name: row }).click();
      // The desk takes the focus; it shows the content as the form does, the findings and the history.
      await expect
        .poll(() => reviewer.evaluate(() => document.activeElement?.id), { timeout: 15_000 })
        .toBe("review-title");
      await reviewer.getByRole("heading", { name: "Inhalt" }).waitFor();
      await reviewer
        .getByText(/^51\.234,56\s€$/)
        .first()
        .waitFor();
      await reviewer
        .getByText(/^75 %$/)
        .first()
        .waitFor();
      await reviewer.getByText(/Version 1 eingereicht · Sachbearbeitung/).waitFor();

      await reviewer.getByLabel("Feld oder Zeile").selectOption({ label: BUDGET_LINE_3 });
      await reviewer.getByLabel("Kommentar").fill(COMMENT);
      await reviewer.getByRole("button", { name: "Kommentar hinzufügen" }).click();
      await reviewer.getByRole("list", { name: "Kommentare dieser Rückgabe" }).getByText(COMMENT).waitFor();
      await lookAt(reviewer, `rolle-${host}-2-koordinierung-pult`);
      await reviewer.getByRole("button", { name: "Zurückgeben" }).click();
      const dialog = reviewer.getByRole("dialog");
      await dialog.getByText(/muss eine neue Version einreichen/).waitFor();
      await lookAt(reviewer, `rolle-${host}-3-koordinierung-bestaetigen`);
      await dialog.getByRole("button", { name: "Zurückgeben" }).click();
      await reviewer.getByText(/„zurückgeben“ vermerkt/).waitFor();
    }, 120_000);

    it("Träger: finds the return on the start screen, opens it without a local file, sees the comment, fixes and resubmits", async () => {
      const { page: traeger, mine } = await openMeineBerichte(stack, host, traegerId);
      await mine.getByText("1 offene Rückfrage").waitFor();
      await lookAt(traeger, `rolle-${host}-4-traeger-meine-berichte`);
      const comments = traeger.getByRole("region", { name: "Rückfragen der Koordinierungsstelle" });
      if (host === "excel") {
        await mine.getByRole("button", { name: /Zum Überarbeiten öffnen/ }).click();
        await traeger.getByText(/Version 1 in die Arbeitsmappe geladen/).waitFor();
        await comments.getByText(COMMENT, { exact: false }).waitFor();
        await lookAt(traeger, `rolle-${host}-5-traeger-rueckfrage`);
        const v2 = corrected(filing).data;
        await typeInto(traeger, [
          { ...cellOfField(filing, ["personal", "zeilen", 0, "stellenanteil"]), value: 1 },
          { ...cellOfField(filing, ["personal", "zeilen", 0, "personalkosten"]), value: 64_980 },
          {
            ...cellOfField(filing, ["schlussrechnung", "weitereEinnahmen"]),
            value: v2.schlussrechnung.weitereEinnahmen! / 100,
          },
          {
            ...cellOfField(filing, ["belegliste", personalBeleg(filing), "betrag"]),
            value: v2.belegliste[personalBeleg(filing)]!.betrag! / 100,
          },
        ]);
      } else {
        const [download] = await Promise.all([
          traeger.waitForEvent("download"),
          mine.getByRole("button", { name: /Mit Rückfragen herunterladen/ }).click(),
        ]);
        const bytes = readFileSync((await download.path())!);
        // The returned version as the city stored it, with its „Rückfragen“ sheet.
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
        const questions = book.getWorksheet("Rückfragen");
        expect(JSON.stringify(questions?.getSheetValues())).toContain(COMMENT);
        await upload(traeger, download.suggestedFilename(), bytes);
        await comments.getByText(COMMENT, { exact: false }).waitFor();
        await comments.getByText(/Zeile 3 · /).waitFor();
        await lookAt(traeger, `rolle-${host}-5-traeger-rueckfrage`);
        const read = await readWorkbook(bytes);
        const fixed = corrected(read.filing as VerwendungsnachweisFiling);
        await upload(traeger, "korrigiert.xlsx", await writeWorkbook(fixed));
      }
      await traeger.getByText("keine Befunde").waitFor();
      await traeger.getByRole("checkbox", { name: /Ich bestätige/ }).check();
      await traeger.getByRole("button", { name: "Einreichen" }).click();
      await traeger.getByText(/Version 2 am/).waitFor();
      await lookAt(traeger, `rolle-${host}-6-traeger-eingereicht`);
      // F5: the tab's session is renewed silently, the start screen shows the new state.
      await traeger.reload();
      await mine.getByText(/Version 2 · eingereicht/).waitFor();
      expect(await traeger.getByRole("button", { name: "Anmelden" }).count()).toBe(0);
      await traeger.context().close();
    }, 120_000);

    it("Koordinierungsstelle: the consolidated workbook's link opens that version on the desk, after the sign-in", async () => {
      const koordinierung = createApiClient({
        baseUrl: stack.api.url,
        token: () => stack.api.token("koordinierung"),
      });
      const { bytes } = await koordinierung.call("getConsolidatedWorkbook", {
        path: { programmeId: "stadtteilmanagement", year: YEAR },
      });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      const id = filingKey("verwendungsnachweis", meta);
      const links: string[] = [];
      book.getWorksheet("Übersicht")!.eachRow((r) =>
        r.eachCell((c) => {
          const url = /^HYPERLINK\("([^"]+)"/.exec(c.formula ?? "")?.[1];
          if (url?.includes(encodeURIComponent(id))) links.push(url);
        }),
      );
      expect(links).toEqual([expect.stringMatching(/#vorgang=.+&version=2$/)]);
      const page = await stack.open(host);
      // As a click in Excel opens it: a fresh page at the link, signed out.
      await page.goto(
        links[0]!.replace(
          /^https?:\/\/[^/]+\//,
          `${stack.api.url}/${host === "excel" ? "taskpane.html" : ""}`,
        ),
      );
      await page.reload();
      await signIn(page, "koordinierung");
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 15_000 })
        .toBe("review-title");
      expect(await page.getByLabel("Förderjahr", { exact: true }).inputValue()).toBe(String(YEAR));
      expect(await page.getByLabel("Version", { exact: true }).inputValue()).toBe("2");
      // A link to an earlier version (the hash changes in the open page): the desk shows that one.
      await page.evaluate((h) => (location.hash = h), `#vorgang=${encodeURIComponent(id)}&version=1`);
      await expect
        .poll(() => page.getByLabel("Version", { exact: true }).inputValue(), { timeout: 15_000 })
        .toBe("1");
      await page
        .getByText(/^51\.234,56\s€$/)
        .first()
        .waitFor();
      await page.context().close();
    }, 120_000);

    it("Koordinierungsstelle: sees history and the earlier comment, compares v1 and v2 formatted, confirms the Prüfung", async () => {
      await reviewer.getByRole("button", { name: row }).click();
      await reviewer.getByText(new RegExp(`${COMMENT.slice(0, 20)}.*beantwortet mit Version 2`)).waitFor();
      await reviewer.getByRole("button", { name: "Version 1 mit 2 vergleichen" }).click();
      const changes = reviewer.getByRole("list", { name: "Änderungen von Version 1 zu 2" });
      await changes.getByText(/Personalkosten: 51\.234,56\s€ → 64\.980,00\s€/).waitFor();
      await changes.getByText(/Stellenanteil: 75 % → 100 %/).waitFor();
      expect(await changes.getByText(/\d{5,} →/).count()).toBe(0);
      await lookAt(reviewer, `rolle-${host}-7-koordinierung-vergleich`);
      await confirmPruefung(reviewer);
      await reviewer.context().close();
    }, 120_000);

    it("Leitung: finds the filing waiting for „zur Kenntnis“ and takes note of it", async () => {
      const leitung = await stack.open(host);
      await signIn(leitung, "leitung");
      await leitung.getByLabel("Förderjahr", { exact: true }).selectOption(String(YEAR));
      const inbox = leitung.getByRole("region", { name: /Wartet auf Ihre Kenntnisnahme/ });
      await inbox.getByRole("button", { name: row }).waitFor();
      await lookAt(leitung, `rolle-${host}-8-leitung-kenntnis`);
      await inbox.getByRole("button", { name: row }).click();
      await leitung.getByRole("button", { name: "Zur Kenntnis nehmen" }).click();
      await leitung.getByRole("dialog").getByRole("button", { name: "Zur Kenntnis nehmen" }).click();
      await leitung.getByText(/„zur Kenntnis genommen“ vermerkt/).waitFor();
      await leitung.context().close();
    }, 120_000);
  });
