import { listProgrammes } from "../core/list-programmes";
import { defineHandler } from "../http/define-handler";
import { json } from "../http/json";

/** GET /programmes – the programmes with their Stammdaten, for clients to offer Träger and districts. */
export const handler = defineHandler("listProgrammes", async ({ note }) => {
  const programmes = listProgrammes();
  note({ items: programmes.length });
  return json(200, programmes);
});
