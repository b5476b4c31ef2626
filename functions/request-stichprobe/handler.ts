import { requestStichprobe } from "../core/request-stichprobe";
import { getDeps } from "../http/context";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";

/** POST /filings/{id}/versions/{version}/stichprobe – Belege of one version for a Stichprobe. */
export const handler = defineHandler(
  "requestStichprobe",
  async ({ path: { id, version }, body, principal, note }) => {
    note({ filingId: id, version });
    const record = await requestStichprobe(principal, id, version, body(), getDeps());
    note({ items: record.belegnummern.length });
    return json(201, record);
  },
);
