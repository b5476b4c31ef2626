import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsolidationSource } from "../../shared/consolidate/consolidation-source";
import { withCurrentCrossCheckSource } from "../../shared/consolidate/current-cross-check-source";
import { defaultProgramParams } from "../../shared/programme/params-for-year";
import { storeConsolidationSource } from "../../functions/core/store-consolidation-source";
import { startTestApi, type TestApi } from "../../dev/fixtures/start-test-api";
import { seedDemo } from "../../dev/seed-demo";
import { createApiClient } from "../../shared/api/api-client";
import { apiConsolidationSource } from "../../shared/api/api-consolidation-source";

// The task pane builds the consolidated sheets from the API (list, filings); the API builds its
// .xlsx from the store. Over the demo year both sources must yield the same rows to the builder,
// which redoes each Jahresbericht's 3.1 comparison against the current Verwendungsnachweis
// (withCurrentCrossCheckSource): the API's detail has it redone already, the store keeps it as
// filed – the demo's Kaltenmoor Jahresbericht differs from the later version 2.

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await seedDemo(api.store, new Date());
});
afterAll(() => api?.close());

const all = async <T>(pages: AsyncIterable<T[]>) => {
  const out: T[] = [];
  for await (const page of pages) out.push(...page);
  return out;
};

const drain = async (source: ConsolidationSource) => ({
  overview: await all(source.overview()),
  previous: await all(source.previousYear()),
  contents: await all(source.contents({ comments: true })),
  jahresberichte: await all(source.contents({ kind: "jahresbericht", comments: false })),
});

describe("apiConsolidationSource", () => {
  it("yields the rows the store's source yields, missing districts and comments included", async () => {
    const token = await api.token("koordinierung");
    const client = createApiClient({ baseUrl: api.url, token: () => token });
    const viaApi = await drain(
      withCurrentCrossCheckSource(apiConsolidationSource(client, "stadtteilmanagement", 2025)),
    );
    const params = defaultProgramParams({ programmeId: "stadtteilmanagement", year: 2025 });
    const viaStore = await drain(
      withCurrentCrossCheckSource(
        storeConsolidationSource(params, { store: api.store, clock: () => new Date() }),
      ),
    );

    expect(viaApi.overview.some((i) => i.status === null)).toBe(true);
    expect(viaApi.contents.some((c) => c.comments.length > 0)).toBe(true);
    expect(viaApi.overview).toEqual(viaStore.overview);
    expect(viaApi.previous.map((i) => i.filingId)).toEqual(viaStore.previous.map((i) => i.filingId));
    expect(viaApi.contents).toEqual(viaStore.contents);
    expect(viaApi.jahresberichte).toEqual(viaStore.jahresberichte);
    const kaltenmoor = viaApi.jahresberichte.find(
      (c) => c.filingId === "stadtteilmanagement.2025.jahresbericht.awo.kaltenmoor",
    );
    expect(kaltenmoor?.findings.map((f) => f.ruleId)).toContain("JB-RESSOURCEN-ABGLEICH");
  });
});
