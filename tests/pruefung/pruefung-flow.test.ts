import { beforeAll, describe, expect, it } from "vitest";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import type { ZahlungRequest } from "../../shared/api/pruefung-schemas";
import { samplePruefenMitBeanstandung } from "../../shared/pruefung/sample-pruefvermerk";
import { awo, caritas, koordinierung, leitung } from "../../functions/core/fixtures/principals";
import { asJson, createTestDeps } from "../../functions/core/fixtures/test-deps";
import { ConflictError, ForbiddenError } from "../../functions/core/errors";
import { getFiling } from "../../functions/core/get-filing";
import { listFilings } from "../../functions/core/list-filings";
import { putParams } from "../../functions/core/put-params";
import { reviewFiling } from "../../functions/core/review-filing";
import { submitFiling } from "../../functions/core/submit-filing";
import { addZahlung, listZahlungen } from "../../functions/core/zahlungen";
import { defaultProgramParams } from "../../shared/programme/params-for-year";

const at = { programmeId: "stadtteilmanagement", year: 2025 };
const meta = { ...at, traegerId: "awo", districtId: "kaltenmoor" };

// The whole flow on DynamoDB Local: payments, Prüfvermerk with Beanstandung, Rückforderung,
// Festsetzung and repayment (issue 25). The browser part waits for desk's screens.
describe("Auszahlungen → Prüfvermerk → Rückforderung", () => {
  let t: Awaited<ReturnType<typeof createTestDeps>>;
  const filing = sampleVerwendungsnachweis(meta);
  const zuschuss = filing.data.kopf.zuschuss!;
  let filingId: string;

  beforeAll(async () => {
    t = await createTestDeps("2026-04-02T08:00:00.000Z");
    await putParams(
      koordinierung,
      {
        ...defaultProgramParams(at),
        zuschuesse: [{ traegerId: "awo", districtId: "kaltenmoor", betrag: zuschuss }],
      },
      t.deps,
    );
    filingId = (await submitFiling(awo, asJson(filing), t.deps)).filingId;
  });

  it("lets only the Koordinierungsstelle record payments; a Träger reads only its own", async () => {
    const oneCent = {
      ...meta,
      vorgang: { typ: "auszahlung", art: "abschlag", datum: "2025-02-01", betrag: 1 },
    };
    for (const who of [awo, leitung])
      await expect(addZahlung(who, at, oneCent as ZahlungRequest, t.deps)).rejects.toBeInstanceOf(
        ForbiddenError,
      );
    const first = await addZahlung(
      koordinierung,
      at,
      { ...meta, vorgang: { typ: "auszahlung", art: "abschlag", datum: "2025-02-01", betrag: 50_000_00 } },
      t.deps,
    );
    expect(first).toMatchObject({ seq: 1, by: { sub: koordinierung.sub, name: koordinierung.name } });
    await addZahlung(
      koordinierung,
      at,
      {
        traegerId: "caritas",
        districtId: "bockelsberg",
        vorgang: { typ: "auszahlung", art: "abschlag", datum: "2025-02-01", betrag: 7 },
      },
      t.deps,
    );
    expect((await listZahlungen(awo, at, {}, t.deps)).eintraege.map((e) => e.traegerId)).toEqual(["awo"]);
    expect(
      (await listZahlungen(caritas, at, { traeger: "awo" }, t.deps)).eintraege.map((e) => e.traegerId),
    ).toEqual(["caritas"]);
    expect((await listZahlungen(koordinierung, at, {}, t.deps)).eintraege).toHaveLength(2);
  });

  it("checks the stated Zuschuss against granted and paid, naming both", async () => {
    const detail = await getFiling(koordinierung, filingId, t.deps);
    expect(detail.zahlungen).toMatchObject({
      bewilligt: zuschuss,
      ausgezahlt: 50_000_00,
      angegeben: zuschuss,
    });
    expect(detail.zahlungsBefunde).toEqual([
      expect.objectContaining({
        ruleId: "VN-ZUSCHUSS-AUSGEZAHLT",
        severity: "warnung",
        message: expect.stringMatching(/bewilligt .* ausgezahlt 50\.000,00/),
      }),
    ]);
    const list = await listFilings(koordinierung, { ...at }, t.deps);
    expect(list.items.find((i) => i.filingId === filingId)?.zahlen).toEqual({
      bewilligt: zuschuss,
      ausgezahlt: 50_000_00,
      angegeben: zuschuss,
    });
  });

  it("refuses a Festsetzung before the Prüfvermerk", async () => {
    await expect(
      addZahlung(
        koordinierung,
        at,
        { ...meta, vorgang: { typ: "festsetzung", datum: "2026-04-03", faelligAm: "2026-05-03" } },
        t.deps,
      ),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("computes the Rückforderung from the Prüfvermerk „1.200,00 € Sachkosten nicht anerkannt“ and the payments", async () => {
    await addZahlung(
      koordinierung,
      at,
      {
        ...meta,
        vorgang: {
          typ: "auszahlung",
          art: "schlusszahlung",
          datum: "2025-12-01",
          betrag: zuschuss - 50_000_00,
        },
      },
      t.deps,
    );
    const detail = await getFiling(koordinierung, filingId, t.deps);
    const request = samplePruefenMitBeanstandung(detail.latest.findings, "Beleg ohne Bezug.", {
      sachkosten: 1_200_00,
    });
    await reviewFiling(koordinierung, filingId, request, t.deps);
    const after = await getFiling(awo, filingId, t.deps);
    const a = after.latest.content.kind === "verwendungsnachweis" ? after.latest.content.data : undefined;
    const kosten = after.filing.amounts!.kostensumme;
    const einnahmen = a!.schlussrechnung.weitereEinnahmen ?? 0;
    const expected = Math.min(zuschuss, Math.max(0, zuschuss - (kosten - 1_200_00 - einnahmen)));
    expect(after.zahlungen?.rueckforderung).toMatchObject({ anerkannt: kosten - 1_200_00, betrag: expected });
    expect(after.zahlungsBefunde).toEqual([]);

    const festgesetzt = await addZahlung(
      koordinierung,
      at,
      { ...meta, vorgang: { typ: "festsetzung", datum: "2026-04-03", faelligAm: "2026-05-03", betrag: 1 } },
      t.deps,
    );
    expect(festgesetzt.vorgang).toMatchObject({ typ: "festsetzung", betrag: expected });
    if (expected > 0)
      await addZahlung(
        koordinierung,
        at,
        { ...meta, vorgang: { typ: "rueckzahlung", datum: "2026-05-02", betrag: expected } },
        t.deps,
      );
    const settled = await getFiling(awo, filingId, t.deps);
    expect(settled.zahlungen).toMatchObject({ zurueckgezahlt: expected, zinsen: 0, offen: 0 });
    expect(settled.zahlungen?.festsetzung).toEqual({
      datum: "2026-04-03",
      faelligAm: "2026-05-03",
      betrag: expected,
    });
  });
});
