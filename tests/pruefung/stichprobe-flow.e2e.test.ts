import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { VerwendungsnachweisFiling } from "../../shared/filing/filing";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { belegeOf } from "../../shared/pruefung/belege-of";
import { districtName, traegerName } from "../../shared/programme/stammdaten";
import { formatDate } from "../../shared/money/format-de";
import { formatAmount, formatEuro } from "../../shared/money/format-money";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { lookAt } from "../addin/support/role-screens";
import { confirmPruefung, openMeineBerichte, taskPaneStackPerFile } from "../addin/support/pane-steps";
import { signIn } from "../addin/support/task-pane-browser";
import { convertWithLibreOffice } from "../support/libreoffice";
import { pdfPages } from "../support/poppler";
import { routeRequest } from "../support/route-request";

/**
 * Issue 25's whole flow, in headless Chromium on both hosts (a plain browser and the in-memory
 * Excel) against the local API on DynamoDB Local: a Verwendungsnachweis with a Belegliste is in;
 * the Koordinierungsstelle ticks two Belege on the desk and requests them; the Träger finds the
 * request in „Meine Berichte“ and uploads both receipts there; the desk shows them beside their
 * rows; payments are recorded on the „Auszahlungen“ screen; the Prüfvermerk, its Prüfumfang prefilled
 * with the Stichprobe, „mit Beanstandung, 1.200,00 € Sachkosten nicht
 * anerkannt“ acknowledges the open Warnung; the Rückforderung follows from the payments, and the
 * stored version, converted by LibreOffice, prints the Prüfvermerk in section 6.
 */
const YEAR = new Date().getFullYear() - 1;
const HOSTS = [
  { host: "browser", traegerId: "caritas", districtId: "bockelsberg" },
  { host: "excel", traegerId: "lebensraum-diakonie", districtId: "innenstadt" },
] as const;
const FRIST = "2027-03-15";
const pdfOf = (name: string) => Buffer.from(`%PDF-1.4\n% Beleg ${name}\n${"0".repeat(400)}\n%%EOF\n`);

const stack = taskPaneStackPerFile(180_000);

const openDesk = async (page: Page, row: string) => {
  await page.getByLabel("Förderjahr", { exact: true }).selectOption(String(YEAR));
  await page.getByRole("button", { name: row }).click();
  await page.getByRole("heading", { name: "Belegliste und Stichprobe (Version 1)" }).waitFor();
};

for (const { host, traegerId, districtId } of HOSTS)
  describe(`Stichprobe to Rückforderung on the ${host} host`, () => {
    const meta = { programmeId: "stadtteilmanagement", traegerId, districtId, year: YEAR };
    // Not the granted amount: VN-ZUSCHUSS-BEWILLIGT warns, and the Prüfvermerk must acknowledge it.
    const filing = sampleVerwendungsnachweis(meta) as VerwendungsnachweisFiling;
    // The sample's two Sachkosten Belege.
    const chosen = belegeOf(filing)
      .filter((b) => b.kostenart === "sachkosten")
      .map((b) => b.belegnr);
    const row = `${districtName("stadtteilmanagement", districtId)} · Verwendungsnachweis`;
    const zuschuss = filing.data.kopf.zuschuss!;
    let filingId: string;
    let warnungen: string[];
    let reviewer: Page;
    const koord = () => stack.api.token("koordinierung");

    it("Koordinierungsstelle: ticks two Belege of the submitted Belegliste and requests them, confirmed", async () => {
      expect(chosen).toHaveLength(2);
      // Granted 100.000,00 € – not what the sample states, so VN-ZUSCHUSS-BEWILLIGT warns.
      const at = { programmeId: "stadtteilmanagement", year: YEAR };
      const params = await stack.api.call(...routeRequest("getParams", at), { token: await koord() });
      const zuschuesse = (params.body.zuschuesse as { traegerId: string; districtId: string }[]).map((z) =>
        z.traegerId === traegerId && z.districtId === districtId ? { ...z, betrag: 100_000_00 } : z,
      );
      const put = await stack.api.call(...routeRequest("putParams", at), {
        token: await koord(),
        body: { ...defaultProgramParams(at), ...params.body, zuschuesse },
      });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
      const submitted = await stack.api.call(...routeRequest("submitFiling"), {
        token: await stack.api.token(traegerId),
        body: filing,
      });
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
      filingId = submitted.body.filingId;
      warnungen = [
        ...new Set<string>(
          (submitted.body.findings as { ruleId: string; severity: string }[])
            .filter((f) => f.severity === "warnung")
            .map((f) => f.ruleId),
        ),
      ];
      expect(warnungen.length).toBeGreaterThan(0);

      reviewer = await stack.open(host);
      await signIn(reviewer, "koordinierung");
      await openDesk(reviewer, row);
      for (const b of chosen)
        await reviewer.getByRole("checkbox", { name: `Beleg ${b} für die Stichprobe wählen` }).check();
      await reviewer.getByLabel("Frist für die Belege").fill(FRIST);
      await reviewer.getByLabel("Hinweis an den Träger (optional)").fill("Bitte als PDF scannen.");
      await lookAt(reviewer, `stichprobe-${host}-1-pult`);
      await reviewer.getByRole("button", { name: "Stichprobe anfordern" }).click();
      const confirm = reviewer.getByRole("group", { name: "Stichprobe anfordern?" });
      await confirm.getByText(`(${chosen.join(", ")})`, { exact: false }).waitFor();
      await confirm.getByRole("button", { name: "Anfordern" }).click();
      await reviewer.getByText(/^Stichprobe angefordert: 2 Belege bis 15\.03\.2027\. Der Träger/).waitFor();
    }, 180_000);

    it("Träger: finds the request in „Meine Berichte“ and uploads both receipts from the inbox", async () => {
      const { page: traeger, mine } = await openMeineBerichte(stack, host, traegerId);
      await mine.getByText("Stichprobe angefordert: 2 Belege bis 15.03.2027").waitFor();
      await mine.getByText("Hinweis der Koordinierungsstelle: Bitte als PDF scannen.").waitFor();
      await lookAt(traeger, `stichprobe-${host}-2-traeger-anforderung`);
      const [receipt] = await Promise.all([
        traeger.waitForEvent("download"),
        mine.getByRole("button", { name: /^Eingangsbestätigung herunterladen: Verwendungsnachweis/ }).click(),
      ]);
      expect(
        readFileSync((await receipt.path())!)
          .subarray(0, 5)
          .toString(),
      ).toBe("%PDF-");
      for (const b of chosen) {
        await mine.getByLabel(`Beleg ${b} hochladen`).setInputFiles({
          name: `beleg-${b}.pdf`,
          mimeType: "application/pdf",
          buffer: pdfOf(b),
        });
        await mine.getByText(`„beleg-${b}.pdf“ als Beleg ${b} gespeichert.`).waitFor();
      }
      await mine.getByText("Stichprobe: alle 2 Belege liegen vor").waitFor();
      await lookAt(traeger, `stichprobe-${host}-3-traeger-hochgeladen`);
      await traeger.context().close();
    }, 180_000);

    it("Koordinierungsstelle: sees the receipts beside their rows, records payments, writes the Prüfvermerk", async () => {
      await reviewer.reload();
      await openDesk(reviewer, row);
      for (const b of chosen)
        await reviewer.getByRole("button", { name: `Beleg ${b} herunterladen` }).waitFor();
      const [download] = await Promise.all([
        reviewer.waitForEvent("download"),
        reviewer.getByRole("button", { name: `Beleg ${chosen[0]} herunterladen` }).click(),
      ]);
      expect(readFileSync((await download.path())!).equals(pdfOf(chosen[0]!))).toBe(true);

      // The payments of the year, recorded on the Koordinierung's „Auszahlungen“ screen.
      const paid = [Math.round(zuschuss / 2), zuschuss - Math.round(zuschuss / 2)];
      // Reached from the top of the staff view by keyboard; it opens on the filing's Zuordnung.
      const zahlungen = reviewer.getByRole("region", { name: `Auszahlungen ${YEAR}` });
      const link = reviewer.getByRole("button", { name: `Zu den Auszahlungen ${YEAR}` });
      expect(await link.getAttribute("aria-controls")).toBe(await zahlungen.getAttribute("id"));
      await link.focus();
      await link.press("Enter");
      await expect.poll(() => zahlungen.evaluate((section) => section === document.activeElement)).toBe(true);
      expect(
        await zahlungen
          .getByLabel("Träger und Stadtteil")
          .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent),
      ).toBe(
        `${districtName("stadtteilmanagement", districtId)} · ${traegerName("stadtteilmanagement", traegerId)}`,
      );
      for (const [i, betrag] of paid.entries()) {
        const art = i === 0 ? "Abschlag" : "Schlusszahlung";
        const datum = `${YEAR}-0${3 + i * 6}-01`;
        await zahlungen.getByLabel("Art der Zahlung").selectOption({ label: art });
        await zahlungen.getByLabel("Datum der Zahlung").fill(datum);
        // Typed as a person would, in German notation; Enter checks the fields and asks.
        await zahlungen.getByLabel("Betrag (€)").fill(formatEuro(betrag));
        await zahlungen.getByLabel("Betrag (€)").press("Enter");
        const confirm = zahlungen.getByRole("group", { name: "Auszahlung speichern?" });
        await confirm
          .getByText(`${art} über ${formatEuro(betrag)} vom ${formatDate(datum)}`, { exact: false })
          .waitFor();
        if (i === 1) await lookAt(reviewer, `stichprobe-${host}-4-auszahlung`);
        await confirm.getByRole("button", { name: "Speichern" }).click();
        await zahlungen
          .getByText(`${art} über ${formatEuro(betrag)} vom ${formatDate(datum)} gespeichert.`)
          .waitFor();
      }
      const ledger = zahlungen.getByRole("table", { name: /^Zahlungen: / });
      await ledger.getByText(formatEuro(zuschuss), { exact: true }).waitFor();
      // The year's table follows: granted / paid / stated.
      const year = zahlungen.getByRole("table", {
        name: `Zuschuss ${YEAR}: bewilligt, ausgezahlt, angegeben`,
      });
      const amounts = year
        .getByRole("rowgroup", { name: districtName("stadtteilmanagement", districtId) })
        .getByRole("row")
        .nth(1)
        .getByRole("cell");
      // „ausgezahlt“ is the sum of both payments, in German notation, once the year's list reloaded.
      await expect
        .poll(async () => (await amounts.allTextContents()).slice(0, 2))
        .toEqual([formatAmount(100_000_00), formatAmount(paid[0]! + paid[1]!)]);
      await lookAt(reviewer, `stichprobe-${host}-5-auszahlungen`);

      // The Prüfumfang starts as the Stichprobe, with its Belege.
      expect(
        await reviewer.getByLabel("Geprüfte Zeilen / Belegnummern (durch Komma getrennt)").inputValue(),
      ).toBe(chosen.join(", "));
      await reviewer.getByRole("radio", { name: "mit Beanstandung" }).check();
      await reviewer.getByRole("textbox", { name: "Beanstandung" }).fill("Beleg ohne Bezug zum Projekt.");
      await reviewer.getByLabel("Nicht anerkannt: Sachkosten (€)").fill("1.200,00");
      for (const id of warnungen)
        await reviewer.getByLabel(`Begründung zu ${id}`).fill("Mit dem Träger abgestimmt, Bescheid folgt.");
      await confirmPruefung(reviewer);
    }, 180_000);

    it("the Rückforderung follows from the payments, and the stored version prints the Prüfvermerk in section 6", async () => {
      const detail = await stack.api.call(...routeRequest("getFiling", { id: filingId }), {
        token: await stack.api.token(traegerId),
      });
      // Independently of the product: owed = paid − (Kostensumme − nicht anerkannt − weitere Einnahmen), ≥ 0.
      const { kostensumme, weitereEinnahmen } = filing.data.schlussrechnung;
      const owed = Math.max(0, zuschuss - (kostensumme! - 1_200_00 - (weitereEinnahmen ?? 0)));
      expect(detail.body.zahlungen.ausgezahlt).toBe(zuschuss);
      expect(detail.body.zahlungen.rueckforderung).toMatchObject({ betrag: owed });
      expect(owed).toBeGreaterThan(0);
      // What the Träger is shown follows from the payments recorded on the screen.
      const { page: traeger, mine } = await openMeineBerichte(stack, host, traegerId);
      const card = mine.getByRole("region", {
        name: `Rückforderung ${districtName("stadtteilmanagement", districtId)} ${YEAR}`,
      });
      const figures = async () => {
        const [labels, values] = [
          await card.locator("dt").allTextContents(),
          await card.locator("dd").allTextContents(),
        ];
        return Object.fromEntries(labels.map((l, i) => [l, values[i]]));
      };
      await card.waitFor();
      expect(await figures()).toMatchObject({
        ausgezahlt: formatEuro(zuschuss),
        Rückforderung: formatEuro(owed),
      });
      await traeger.context().close();

      let workbook: Uint8Array;
      if (host === "browser") {
        const [download] = await Promise.all([
          reviewer.waitForEvent("download"),
          reviewer.getByRole("button", { name: "Herunterladen", exact: true }).click(),
        ]);
        workbook = readFileSync((await download.path())!);
      } else {
        // Inside Excel the desk opens the version in new sheets; the stored workbook is the API's.
        workbook = (
          await stack.api.call(...routeRequest("getFilingWorkbook", { id: filingId }), {
            token: await koord(),
          })
        ).bytes;
      }
      await reviewer.context().close();
      const pdf = (
        await convertWithLibreOffice([{ name: "vn.xlsx", content: workbook }], {
          format: "pdf",
          locale: "de-DE",
        })
      ).get("vn.xlsx")!;
      const text = (await pdfPages(pdf)).join(" ").replace(/\s+/g, " ");
      expect(text).toContain(
        `rechnerisch und sachlich geprüft; Belegprüfung als Stichprobe (${chosen.join(", ")})`,
      );
      expect(text).toContain("mit Beanstandung, 1.200,00 € Sachkosten nicht anerkannt");
    }, 240_000);
  });
