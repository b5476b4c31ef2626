import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filingKey } from "../../shared/filing/filing";
import { SAMPLE_META } from "../../shared/samples/sample-filings";
import { writeWorkbook } from "../../shared/xlsx/write-workbook";
import { grantedSample } from "../addin/support/granted-sample";
import { logInAtProvider, startProductionStack } from "./support/production-stack";
import { routeRequest } from "../support/route-request";
import { verifyArchiveZip } from "../records/verify-archive-zip";

/**
 * The task pane as deployed, signing in at a real OIDC provider: the production build with the
 * stack's CSP and config.json, the authorization-code flow with PKCE in a popup (browser) or the
 * Office dialog (Excel), tokens verified by the API through the provider's JWKS URL.
 */
const YEAR = new Date().getFullYear() - 1;
const META = { ...SAMPLE_META, traegerId: "caritas", districtId: "bockelsberg", year: YEAR };
const ID = filingKey("verwendungsnachweis", META);

const upload = async (page: Page) =>
  page.getByLabel("Ausgefüllte Arbeitsmappe (.xlsx) auswählen").setInputFiles({
    name: "vn.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await writeWorkbook(grantedSample(META))),
  });

const SIGN_IN = { name: "Mit dem Konto der Stadt anmelden" };

describe("shaped like the deployed Cognito (ID token with the trigger's claims), in a browser", () => {
  let stack: Awaited<ReturnType<typeof startProductionStack>>;
  beforeAll(async () => {
    stack = await startProductionStack("cognito");
  }, 180_000);
  afterAll(() => stack?.close());

  it("fails closed: no dev login in the production pane", async () => {
    const { page, context } = await stack.newUser("browser");
    await page.getByRole("button", SIGN_IN).waitFor();
    expect(await page.getByText("Demo-Benutzer").count()).toBe(0);
    await context.close();
  }, 60_000);

  it("Träger signs in, a renewal after expiry keeps what was entered, submits; Koordinierung returns it", async () => {
    const traeger = await stack.newUser("browser");
    await logInAtProvider(
      traeger.context,
      () => traeger.page.getByRole("button", SIGN_IN).click(),
      "caritas-1",
    );
    await traeger.page.getByText("Sachbearbeitung Caritas · Träger").waitFor();
    expect(stack.provider.counts.codeGrants).toBe(1);

    await traeger.page.getByLabel("Förderjahr", { exact: true }).selectOption(String(YEAR));
    await upload(traeger.page);
    await traeger.page.getByText("keine Befunde").waitFor();
    await traeger.page.getByRole("checkbox", { name: /Ich bestätige/ }).check();
    // Every token issued so far now counts as expired at the API: the next call is a 401.
    stack.expireTokensSoFar();
    const refreshesBefore = stack.provider.counts.refreshGrants;
    await traeger.page.getByRole("button", { name: "Einreichen" }).click();
    await traeger.page.getByText(/Version 1 am/).waitFor();
    expect(stack.counts.unauthorized).toBe(1);
    expect(stack.provider.counts.refreshGrants).toBe(refreshesBefore + 1);
    expect(stack.provider.counts.codeGrants).toBe(1);

    const koordinierung = await stack.newUser("browser");
    await logInAtProvider(
      koordinierung.context,
      () => koordinierung.page.getByRole("button", SIGN_IN).click(),
      "koord-1",
    );
    await koordinierung.page.getByText("Koordinierung Stadtteilarbeit · Koordinierungsstelle").waitFor();
    await koordinierung.page.getByLabel("Förderjahr", { exact: true }).selectOption(String(YEAR));
    await koordinierung.page.getByRole("button", { name: /Bockelsberg · Verwendungsnachweis/ }).click();
    await koordinierung.page.getByLabel("Kommentar").fill("Bitte die Belege der Sachkosten nachreichen.");
    await koordinierung.page.getByRole("button", { name: "Kommentar hinzufügen" }).click();
    await koordinierung.page.getByRole("button", { name: "Zurückgeben" }).click();
    // The desk asks before a step that changes the status (ConfirmAction).
    await koordinierung.page.getByRole("dialog").getByRole("button", { name: "Zurückgeben" }).click();
    await koordinierung.page.getByText(/„zurückgeben“ vermerkt/).waitFor();
    const stored = await stack.api.call(...routeRequest("getFiling", { id: ID }), {
      token: koordinierung.bearer.token,
    });
    expect(stored.body.filing.status).toBe("zurueckgegeben");

    // The filing's archive streams from the function URL (config.json's archiveUrl, in the CSP).
    const [download] = await Promise.all([
      koordinierung.page.waitForEvent("download"),
      koordinierung.page
        .getByRole("region", { name: "Archiv des Vorgangs" })
        .getByRole("button", { name: "Archiv herunterladen (.zip)" })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe(`archiv-${ID}.zip`);
    const dir = mkdtempSync(join(tmpdir(), "archiv-e2e-"));
    await download.saveAs(join(dir, "vorgang.zip"));
    const { manifest } = await verifyArchiveZip(dir, "vorgang.zip");
    expect(manifest.filings).toBe(1);
    expect(manifest.files.map((f) => f.path)).toContain(`${ID}/v1/original.xlsx`);
    expect(stack.archive.counts.served).toBe(1);
    rmSync(dir, { recursive: true, force: true });
    await koordinierung.page.getByText(/Archiv „archiv-.*\.zip“ heruntergeladen/).waitFor();

    expect([...traeger.violations, ...koordinierung.violations]).toEqual([]);
    await koordinierung.context.close();

    // Logout ends the provider's session: the next sign-in on this PC shows the login form again.
    const [logout] = await Promise.all([
      traeger.context.waitForEvent("page"),
      traeger.page.getByRole("button", { name: "Abmelden" }).click(),
    ]);
    await logout.getByRole("button", { name: "Yes, sign me out" }).click();
    await traeger.page.getByRole("button", SIGN_IN).waitFor();
    const again = await logInAtProvider(
      traeger.context,
      () => traeger.page.getByRole("button", SIGN_IN).click(),
      "caritas-1",
    );
    void again;
    await traeger.page.getByText("Sachbearbeitung Caritas · Träger").waitFor();
    expect(stack.provider.counts.logins).toBe(3);
    expect(traeger.violations).toEqual([]);
    await traeger.context.close();
  }, 180_000);

  it("a Koordinierung of another programme signs in, and this programme answers 403 for its list and 404 for its filing", async () => {
    const other = await stack.newUser("browser");
    await logInAtProvider(
      other.context,
      () => other.page.getByRole("button", SIGN_IN).click(),
      "koord-andere",
    );
    await other.page.getByText("Koordinierung anderes Programm · Koordinierungsstelle").waitFor();
    await other.page
      .getByText(/gilt nicht für das Förderprogramm/)
      .first()
      .waitFor();
    const list = await stack.api.call(
      ...routeRequest("listFilings", {}, { programme: "stadtteilmanagement", year: YEAR }),
      {
        token: other.bearer.token,
      },
    );
    expect(list.status).toBe(403);
    // The filing the first test stored: "not yours" answers like "not there".
    const filing = await stack.api.call(...routeRequest("getFiling", { id: ID }), {
      token: other.bearer.token,
    });
    expect(filing.status).toBe(404);
    expect(other.violations).toEqual([]);
    await other.context.close();
  }, 120_000);
});

describe("shaped like Entra ID (v2 issuer, roles array, access token for the API), inside Excel", () => {
  let stack: Awaited<ReturnType<typeof startProductionStack>>;
  beforeAll(async () => {
    stack = await startProductionStack("entra");
  }, 180_000);
  afterAll(() => stack?.close());

  it("signs in through the Office dialog, which starts on the pane's own origin", async () => {
    const user = await stack.newUser("excel");
    const [dialog] = await Promise.all([
      user.context.waitForEvent("page"),
      user.page.getByRole("button", SIGN_IN).click(),
    ]);
    // The fake Office refuses any other first page with 12004, as Office does.
    await dialog.locator('input[name="login"]').fill("koord-1");
    await dialog.locator('input[name="password"]').fill("beliebig");
    await dialog.locator('button[type="submit"]').click();
    await user.page.getByText("Koordinierung Stadtteilarbeit · Koordinierungsstelle").waitFor();
    await user.page.getByLabel("Förderjahr", { exact: true }).waitFor();
    expect(stack.provider.counts.codeGrants).toBe(1);
    expect(user.violations).toEqual([]);
    await user.context.close();
  }, 120_000);

  it("says so in German when the user closes the dialog (12006)", async () => {
    const user = await stack.newUser("excel");
    const [dialog] = await Promise.all([
      user.context.waitForEvent("page"),
      user.page.getByRole("button", SIGN_IN).click(),
    ]);
    await dialog.locator('input[name="login"]').waitFor();
    await dialog.close();
    await user.page.getByText(/Das Anmeldefenster wurde geschlossen/).waitFor();
    await user.context.close();
  }, 60_000);
});
