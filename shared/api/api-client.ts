import type { ReviewRequest } from "./api-schemas";
import { createRouteCaller, type CallerOptions, type OnProgress } from "./create-route-caller";
import { XLSX_MEDIA_TYPE } from "./edge-schemas";
import type { DownloadedFile } from "./route-definition";
import type { Filing } from "../filing/filing";

export { ApiError, NetworkError, ResponseMismatchError } from "./api-errors";
export type { FetchLike, OnProgress } from "./create-route-caller";
export type ApiClientOptions = CallerOptions;

const named = (file: DownloadedFile, fallback: string): DownloadedFile => ({
  ...file,
  fileName: file.fileName || fallback,
});

/**
 * The one client of the HTTP API – task pane, CLI and tests: `call(routeId, input)` for any route of
 * shared/api/routes.ts (paths, methods and answers from there), plus the task pane's verbs on top.
 */
export const createApiClient = (options: ApiClientOptions) => {
  const call = createRouteCaller(options);
  return {
    /** Where the API answers: consolidated rows link to their stored versions there. */
    baseUrl: options.baseUrl,
    call,
    listProgrammes: () => call("listProgrammes"),
    getParams: (programmeId: string, year: number) => call("getParams", { path: { programmeId, year } }),
    listFilings: (programme: string, year: number) => call("listFilings", { query: { programme, year } }),
    getFiling: (id: string) => call("getFiling", { path: { id } }),
    getVersion: (id: string, version: number) => call("getVersion", { path: { id, version } }),
    diff: (id: string, from: number, to: number) =>
      call("diffVersions", { path: { id }, query: { from, to } }),
    review: (id: string, request: ReviewRequest) =>
      call("reviewFiling", { path: { id }, body: { json: request } }),
    /** JSON from Excel, the .xlsx itself from the browser; the key makes a retry store one version. */
    submit: (body: { json: Filing } | { xlsx: Uint8Array }, idempotencyKey: string) =>
      call("submitFiling", {
        body: "json" in body ? body : { bytes: body.xlsx, mediaType: XLSX_MEDIA_TYPE },
        headers: { "Idempotency-Key": idempotencyKey },
      }),
    workbook: async (id: string, version?: number) =>
      named(await call("getFilingWorkbook", { path: { id }, query: { version } }), `${id}.xlsx`),
    /** The year's consolidated workbook as the API builds it (with its charts), for a download. */
    consolidatedWorkbook: async (programmeId: string, year: number) =>
      named(
        await call("getConsolidatedWorkbook", { path: { programmeId, year } }),
        `konsolidiert-${programmeId}-${year}.xlsx`,
      ),
    /**
     * The archive of a year or of one filing (Koordinierung): streamed when `streamBaseUrl` is set;
     * `onProgress` hears the bytes received so far.
     */
    yearArchive: async (programmeId: string, year: number, onProgress?: OnProgress) =>
      named(
        await call("getYearArchive", { path: { programmeId, year }, ...(onProgress && { onProgress }) }),
        `archiv-${programmeId}-${year}.zip`,
      ),
    filingArchive: async (id: string, onProgress?: OnProgress) =>
      named(
        await call("getFilingArchive", { path: { id }, ...(onProgress && { onProgress }) }),
        `archiv-${id}.zip`,
      ),
    putDraft: (filing: Filing, id: string) =>
      call("putDraft", { path: { id }, body: { json: { content: filing } } }),
    getDraft: (id: string) => call("getDraft", { path: { id } }),
  };
};

export type ApiClient = ReturnType<typeof createApiClient>;
