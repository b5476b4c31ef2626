import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { awo, caritas, koordinierung } from "../../functions/core/fixtures/principals";
import { asJson } from "../../functions/core/fixtures/test-deps";
import { getFiling } from "../../functions/core/get-filing";
import { reviewFiling } from "../../functions/core/review-filing";
import { storeConsolidationSource } from "../../functions/core/store-consolidation-source";
import { submitFiling } from "../../functions/core/submit-filing";
import { addZahlung } from "../../functions/core/zahlungen";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { createApiClient } from "../../shared/api/api-client";
import { apiConsolidationSource } from "../../shared/api/api-consolidation-source";
import type { ContentItem } from "../../shared/consolidate/consolidation-items";
import type { ConsolidationSource } from "../../shared/consolidate/consolidation-source";
import { sampleVerwendungsnachweis } from "../../shared/samples/sample-filings";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { samplePruefenRequest } from "../../shared/pruefung/sample-pruefvermerk";

// The sheet „Rückforderungen“ is built from the store (API's .xlsx) or from the API (task pane):
// both sources must carry the same payments' state and Prüfvermerk per Verwendungsnachweis.

const at = { programmeId: "stadtteilmanagement", year: 2025 };
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  const deps = { store: api.store, clock: () => new Date() };
  const paid = { traegerId: "awo", districtId: "kaltenmoor" };
  const filing = sampleVerwendungsnachweis({ ...at, ...paid });
  const { filingId } = await submitFiling(awo, asJson(filing), deps);
  await submitFiling(
    caritas,
    asJson(sampleVerwendungsnachweis({ ...at, traegerId: "caritas", districtId: "bockelsberg" })),
    deps,
  );
  await addZahlung(
    koordinierung,
    at,
    {
      ...paid,
      vorgang: { typ: "auszahlung", art: "schlusszahlung", datum: "2025-03-01", betrag: 100_000_00 },
    },
    deps,
  );
  const detail = await getFiling(koordinierung, filingId, deps);
  await reviewFiling(
    koordinierung,
    filingId,
    {
      ...samplePruefenRequest(detail.latest.findings),
      pruefvermerk: {
        umfang: { rechnerisch: true, sachlich: false, belegpruefung: { art: "keine" } },
        ergebnis: { art: "mit_beanstandung", text: "Beleg fehlt.", nichtAnerkannt: { sachkosten: 1_200_00 } },
      },
    },
    deps,
  );
  await addZahlung(
    koordinierung,
    at,
    { ...paid, vorgang: { typ: "festsetzung", datum: "2026-04-01", faelligAm: "2026-05-01" } },
    deps,
  );
});
afterAll(() => api?.close());

const pruefungen = async (source: ConsolidationSource) => {
  const out: ContentItem[] = [];
  for await (const page of source.contents({ kind: "verwendungsnachweis", comments: false, pruefung: true }))
    out.push(...page);
  return out;
};

describe("payments and Prüfvermerk in the consolidation sources", () => {
  it("are the same from the store and from the API, for a filing with and one without them", async () => {
    const token = await api.token("koordinierung");
    const client = createApiClient({ baseUrl: api.url, token: () => token });
    const viaApi = await pruefungen(apiConsolidationSource(client, at.programmeId, at.year));
    // The year's ledger is read once for the whole sheet, not once per filing.
    let ledgerReads = 0;
    const store = {
      ...api.store,
      listZahlungen: (q: Parameters<typeof api.store.listZahlungen>[0]) => {
        ledgerReads++;
        return api.store.listZahlungen(q);
      },
    };
    const viaStore = await pruefungen(
      storeConsolidationSource(defaultProgramParams(at), { store, clock: () => new Date() }),
    );
    expect(ledgerReads).toBe(1);
    expect(viaApi).toEqual(viaStore);
    const awoItem = viaStore.find((i) => i.filing.meta.traegerId === "awo")!;
    expect(awoItem.pruefung).toMatchObject({
      finanzierungsart: "fehlbedarfsfinanzierung",
      pruefvermerk: { ergebnis: { art: "mit_beanstandung", nichtAnerkannt: { sachkosten: 1_200_00 } } },
      stand: { ausgezahlt: 100_000_00, festsetzung: { datum: "2026-04-01", faelligAm: "2026-05-01" } },
    });
    const caritasItem = viaStore.find((i) => i.filing.meta.traegerId === "caritas")!;
    expect(caritasItem.pruefung).toMatchObject({
      pruefvermerk: undefined,
      stand: { ausgezahlt: 0, festsetzung: null },
    });
  });
});
