import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../../shared/filing/sample-filings";
import type { CellValue } from "../../shared/layout/layout-types";
import { cellOfField, inputCells, type TypedCell } from "./support/filing-cells";
import {
  hasChromium,
  screenshot,
  seriousViolations,
  signIn,
  startTaskPaneStack,
  type TaskPaneStack,
} from "./support/task-pane-browser";

/**
 * The built task pane in headless Chromium, inside an in-memory Excel (the fake answers for
 * office.js), against the real local API on DynamoDB Local: a Verwendungsnachweis from an empty
 * workbook to "rechnerisch geprüft", with one return and a correction in between.
 */
const YEAR = new Date().getFullYear() - 1;
const META = { programmeId: "stadtteilmanagement", traegerId: "awo", districtId: "kaltenmoor", year: YEAR };
const filing = sampleVerwendungsnachweis(META);
const sachkosten = cellOfField(filing, ["sachkosten"]);

interface FakeExcelInPage {
  type(sheet: string, address: string, value: CellValue): void;
  click(sheet: string, address: string): void;
  value(sheet: string, address: string): CellValue;
  state: {
    selection?: { sheet: string; address: string };
    activeSheet?: string;
    fills: Map<string, string>;
    workbook: { sheets: { name: string }[] };
  };
}
const excel = <T>(page: Page, fn: (x: FakeExcelInPage, arg: never) => T, arg?: unknown) =>
  page.evaluate(
    ([source, a]) =>
      new Function("x", "a", `return (${source})(x, a)`)(
        (window as unknown as { __excel: unknown }).__excel,
        a,
      ),
    [fn.toString(), arg] as const,
  ) as Promise<T>;
const type = (page: Page, cells: TypedCell[]) =>
  excel(page, (x, cs: TypedCell[]) => cs.forEach((c) => x.type(c.sheet, c.address, c.value)), cells);
const selection = (page: Page) => excel(page, (x) => x.state.selection);
const sheets = (page: Page) => excel(page, (x) => x.state.workbook.sheets.map((s) => s.name));
const fill = (page: Page, key: string) => excel(page, (x, k: string) => x.state.fills.get(k), key);

let stack: TaskPaneStack;
let traeger: Page;
let koordinierung: Page;

beforeAll(async () => {
  stack = await startTaskPaneStack();
}, 120_000);
afterAll(() => stack?.close());

describe.skipIf(!hasChromium)("the task pane in Excel (in-memory host), end to end", () => {
  it("Träger: inserts the template, types, sees a live finding, clicks it, fixes it, submits (retry stores once)", async () => {
    traeger = await stack.open("excel");
    await signIn(traeger, "awo");
    await traeger.getByLabel("Stadtteil").selectOption("kaltenmoor");
    await traeger.getByLabel("Förderjahr").selectOption(String(YEAR));
    await traeger.getByRole("button", { name: "Vorlage einfügen" }).click();
    await traeger.getByText("Vorlage eingefügt").waitFor();
    expect(await sheets(traeger)).toEqual([
      "Tabelle1",
      "Verwendungsnachweis",
      "Personal",
      "Budgetzeilen",
      "_meta",
    ]);
    await screenshot(traeger, "excel-1-vorlage-eingefuegt");

    await type(traeger, inputCells(filing));
    await type(traeger, [{ ...sachkosten, value: 8000 }]);
    const finding = traeger.getByRole("button", { name: /Sachkosten .* übersteigen die Höchstgrenze/ });
    await finding.waitFor();
    await screenshot(traeger, "excel-2-live-befund");
    await finding.click();
    await expect
      .poll(() => selection(traeger))
      .toEqual({ sheet: sachkosten.sheet, address: sachkosten.address });

    await type(traeger, [{ ...sachkosten, value: filing.data.sachkosten! / 100 }]);
    await traeger.getByText("keine Befunde").waitFor();

    // The first answer is lost on the way back: the retry carries the same key and stores nothing new.
    let lost = false;
    await traeger.route("**/filings", async (route) => {
      if (lost || route.request().method() !== "POST") return route.continue();
      lost = true;
      await route.fetch();
      await route.abort("connectionreset");
    });
    await traeger.getByRole("checkbox", { name: /Ich bestätige/ }).check();
    await traeger.getByRole("button", { name: "Einreichen" }).click();
    await traeger.getByRole("button", { name: "Erneut versuchen" }).click();
    await traeger.getByText(/Version 1 am .*bereits vorher gespeichert/).waitFor();
    await screenshot(traeger, "excel-3-eingereicht");
    const detail = await stack.api.call(
      "GET",
      `/filings/stadtteilmanagement.${YEAR}.verwendungsnachweis.awo.kaltenmoor`,
      {
        token: await stack.api.token("koordinierung"),
      },
    );
    expect(detail.body.versions).toHaveLength(1);
  }, 90_000);

  it("Koordinierungsstelle: opens the version in new sheets and returns it with a comment at a cell", async () => {
    koordinierung = await stack.open("excel");
    await signIn(koordinierung, "koordinierung");
    await koordinierung.getByLabel("Förderjahr").selectOption(String(YEAR));
    await koordinierung.getByRole("button", { name: /Kaltenmoor · Verwendungsnachweis/ }).click();
    await koordinierung.getByRole("button", { name: "In neuen Blättern öffnen" }).click();
    await koordinierung.getByText("Version 1 geöffnet").waitFor();
    expect(await sheets(koordinierung)).toContain("Personal v1");

    await excel(koordinierung, (x) => x.click("Personal v1", "D6")); // Vergütungsgruppe, row 2
    await koordinierung.getByRole("button", { name: "Markierte Zelle übernehmen" }).click();
    await koordinierung.getByText(/Vergütungsgruppe · Personal!D6/).waitFor();
    await koordinierung.getByLabel("Kommentar").fill("Bitte die Eingruppierung prüfen (S 11 oder S 12?).");
    await koordinierung.getByRole("button", { name: "Kommentar hinzufügen" }).click();
    await screenshot(koordinierung, "excel-4-rueckgabe-mit-kommentar");
    expect(await seriousViolations(koordinierung)).toEqual([]);
    await koordinierung.getByRole("button", { name: "Zurückgeben" }).click();
    await koordinierung.getByText(/„zurückgeben“ vermerkt/).waitFor();
  }, 60_000);

  it("Träger: sees the comment at its cell, fixes it and submits version 2", async () => {
    await traeger.getByRole("button", { name: "Status aktualisieren" }).click();
    const comment = traeger.getByRole("button", { name: /Eingruppierung prüfen/ });
    await comment.waitFor();
    expect(await fill(traeger, "Personal!D6")).toBe("#FFD8A8");
    expect(await seriousViolations(traeger)).toEqual([]);
    await screenshot(traeger, "excel-5-kommentar-an-zelle");
    await comment.click();
    await expect.poll(() => selection(traeger)).toEqual({ sheet: "Personal", address: "D6" });

    await type(traeger, [{ sheet: "Personal", address: "D6", value: "TVöD SuE S 12" }]);
    await traeger.getByRole("checkbox", { name: /Ich bestätige/ }).check();
    await traeger.getByRole("button", { name: "Einreichen" }).click();
    await traeger.getByText(/Version 2 am/).waitFor();
  }, 60_000);

  it("Koordinierungsstelle: compares the versions with the change marked, then marks it geprüft", async () => {
    await koordinierung.getByRole("button", { name: /Kaltenmoor · Verwendungsnachweis/ }).click();
    await koordinierung.getByRole("button", { name: "Version 1 mit 2 vergleichen" }).click();
    await koordinierung.getByText(/1 Änderung von Version 1 zu 2/).waitFor();
    await koordinierung.getByText(/Vergütungsgruppe: TVöD SuE S 11b → TVöD SuE S 12/).waitFor();
    expect(await fill(koordinierung, "Personal v2!D6")).toBe("#FFD8A8");
    await screenshot(koordinierung, "excel-6-vergleich");
    await koordinierung.getByRole("button", { name: "Rechnerische Richtigkeit geprüft" }).click();
    await koordinierung.getByText(/„rechnerische Richtigkeit geprüft“ vermerkt/).waitFor();
    await koordinierung
      .getByText(/„rechnerisch geprüft“/)
      .first()
      .waitFor();
  }, 60_000);
});
