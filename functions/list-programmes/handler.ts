import { listProgrammes } from "../core/list-programmes";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";

/** GET /programmes – the caller's programmes with their Stammdaten, for clients to offer Träger and districts. */
export const handler = defineHandler("listProgrammes", async ({ principal, note }) => {
  const programmes = listProgrammes(principal);
  note({ items: programmes.length });
  return json(200, programmes);
});
