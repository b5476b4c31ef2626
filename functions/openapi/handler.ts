import { definePublicHandler } from "../http/define-handler";
import { json } from "../http/json";
import { buildOpenApi } from "./build-openapi";

/** Built once per container: the document depends only on code. */
let document: ReturnType<typeof buildOpenApi> | undefined;

/** GET /openapi.json – public, so tools can fetch it without a token. */
export const handler = definePublicHandler("getOpenApi", async () =>
  json(200, (document ??= buildOpenApi())),
);
