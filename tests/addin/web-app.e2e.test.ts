import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { filingKey } from "../../shared/filing/filing";
import { SAMPLE_META } from "../../shared/samples/sample-filings";
import { labelForPath } from "../../shared/filing/labels";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { cellOfField } from "./support/filing-cells";
import { grantedSample } from "./support/granted-sample";
import { checkedScreenshot, confirmPruefung, taskPaneStackPerFile } from "./support/pane-steps";
import { signIn } from "./support/task-pane-browser";
import { routeRequest } from "../support/route-request";

/**
 * The same app in a plain browser (no Office.js): a Träger who fills the workbook in LibreOffice
 * downloads the template, uploads the filled file, sees findings with cell addresses, submits; the
 * Koordinierungsstelle returns it with a comment, the Träger uploads a corrected file, it is geprüft.
 */
const YEAR = new Date().getFullYear() - 1;
const META = { ...SAMPLE_META, traegerId: "caritas", districtId: "bockelsberg", year: YEAR };
// Caritas in Bockelsberg was granted another Zuschuss than the sample states: the filing says so.
const filing = grantedSample(META);
const SACHKOSTEN = labelForPath("verwendungsnachweis", ["sachkosten"], META.programmeId);
const ID = filingKey("verwendungsnachweis", META);

const stack = taskPaneStackPerFile();
let traeger: Page;
let koordinierung: Page;

const upload = (page: Page, name: string, bytes: Uint8Array) =>
  page.getByLabel("Ausgefüllte Arbeitsmappe (.xlsx) auswählen").setInputFiles({
    name,
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(bytes),
  });

describe("the web app in a plain browser, end to end", () => {
  it("Träger: downloads the template, uploads a filled file, sees findings at cells, submits", async () => {
    traeger = await stack.open("browser");
    await signIn(traeger, "caritas");
    await traeger.getByLabel("Förderjahr", { exact: true }).selectOption(String(YEAR));
    const [download] = await Promise.all([
      traeger.waitForEvent("download"),
      traeger.getByRole("button", { name: "Leere Vorlage herunterladen" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`verwendungsnachweis-caritas-bockelsberg-${YEAR}.xlsx`);
    const template = await readWorkbook(readFileSync((await download.path())!));
    expect(template.filing?.meta).toEqual(META);

    const wrong = structuredClone(filing);
    wrong.data.sachkosten = 800_000; // over the 7.000,00 € cap
    await upload(traeger, "vn-falsch.xlsx", await writeWorkbook(wrong));
    const at = cellOfField(filing, ["sachkosten"]);
    await traeger.getByText(`${SACHKOSTEN} · ${at.sheet}!${at.address}`).waitFor();
    await checkedScreenshot(traeger, "web-1-befunde-mit-zellen");

    await upload(traeger, "vn.xlsx", await writeWorkbook(filing));
    await traeger.getByText("keine Befunde").waitFor();
    await traeger.getByRole("checkbox", { name: /Ich bestätige/ }).check();
    await traeger.getByRole("button", { name: "Einreichen" }).click();
    await traeger.getByText(/Version 1 am/).waitFor();
    const stored = await stack.api.call(...routeRequest("getFiling", { id: ID }), {
      token: await stack.api.token("koordinierung"),
    });
    expect(stored.body.latest.source).toBe("xlsx");
  }, 90_000);

  it("Koordinierungsstelle: downloads the version and returns it with a comment on a field", async () => {
    koordinierung = await stack.open("browser");
    await signIn(koordinierung, "koordinierung");
    await koordinierung.getByLabel("Förderjahr", { exact: true }).selectOption(String(YEAR));
    await koordinierung.getByRole("button", { name: /Bockelsberg · Verwendungsnachweis/ }).click();
    const [download] = await Promise.all([
      koordinierung.waitForEvent("download"),
      koordinierung.getByRole("button", { name: "Herunterladen", exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`verwendungsnachweis-caritas-bockelsberg-${YEAR}-v1.xlsx`);
    // The year's consolidated workbook, as the API builds it (with its charts).
    const [consolidated] = await Promise.all([
      koordinierung.waitForEvent("download"),
      koordinierung.getByRole("button", { name: "Konsolidierte Mappe herunterladen" }).click(),
    ]);
    expect(consolidated.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await consolidated.path())!) as unknown as ExcelJS.Buffer);
    expect(book.worksheets[0]!.name).toBe("Übersicht");
    await koordinierung.getByText(/Konsolidierte Mappe \d{4} als „.*“ heruntergeladen/).waitFor();
    await koordinierung.getByLabel("Feld oder Zeile").selectOption({ label: SACHKOSTEN });
    await koordinierung.getByLabel("Kommentar").fill("Bitte die Belege der Sachkosten nachreichen.");
    await koordinierung.getByRole("button", { name: "Kommentar hinzufügen" }).click();
    await koordinierung.getByRole("button", { name: "Zurückgeben" }).click();
    await koordinierung.getByRole("dialog").getByRole("button", { name: "Zurückgeben" }).click();
    await koordinierung.getByText(/„zurückgeben“ vermerkt/).waitFor();
    await checkedScreenshot(koordinierung, "web-2-koordinierung");
  }, 60_000);

  it("Träger: sees the comment with its cell, uploads the corrected file as version 2; then geprüft", async () => {
    await traeger.getByRole("button", { name: "Status aktualisieren" }).click();
    const at = cellOfField(filing, ["sachkosten"]);
    await traeger
      .getByText(`${SACHKOSTEN} · ${at.sheet}!${at.address}`, {
        exact: false,
      })
      .first()
      .waitFor();
    await traeger.getByText(/Belege der Sachkosten nachreichen/).waitFor();
    await checkedScreenshot(traeger, "web-3-rueckfrage");

    const corrected = structuredClone(filing);
    corrected.data.schlussrechnung.begruendung = "Belege liegen im Stadtteilbüro vor.";
    await upload(traeger, "vn-korrigiert.xlsx", await writeWorkbook(corrected));
    await traeger.getByText("keine Befunde").waitFor();
    await traeger.getByRole("checkbox", { name: /Ich bestätige/ }).check();
    await traeger.getByRole("button", { name: "Einreichen" }).click();
    await traeger.getByText(/Version 2 am/).waitFor();

    await koordinierung.getByRole("button", { name: /Bockelsberg · Verwendungsnachweis/ }).click();
    await koordinierung.getByRole("button", { name: "Version 1 mit 2 vergleichen" }).click();
    await koordinierung
      .getByText(/Begründung/)
      .first()
      .waitFor();
    await confirmPruefung(koordinierung);
  }, 90_000);
});
