import type {
  DiffResponse,
  DraftResponse,
  FilingDetail,
  ListResponse,
  ProgrammeSummary,
  ReviewRequest,
  ReviewResponse,
  SubmitResponse,
} from "../../shared/api/api-schemas";
import { XLSX_MEDIA_TYPE, idempotencyHeader } from "../../shared/api/edge-schemas";
import type { Problem } from "../../shared/api/problem";
import type { VersionRecord } from "../../shared/api/records";
import { routeById, type RouteId } from "../../shared/api/routes";
import type { Filing } from "../../shared/filing/filing";
import type { ProgramParams } from "../../shared/programme/program-params";

/** An answer of the API that is not 2xx: its problem details (German `detail`, findings on 422). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem>,
  ) {
    super(problem.detail ?? problem.title ?? `Die Schnittstelle antwortete mit ${status}.`);
  }
}

/** The network failed before any answer: safe to retry with the same Idempotency-Key. */
export class NetworkError extends Error {
  constructor() {
    super("Keine Verbindung zum Server. Bitte die Verbindung prüfen und erneut versuchen.");
  }
}

export interface ApiClientOptions {
  baseUrl: string;
  token: () => string | undefined;
  fetch?: typeof fetch;
}

/** A route's path with its parameters filled in, from the one route table. */
const pathOf = (id: RouteId, params: Record<string, string | number> = {}) =>
  routeById(id).path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(String(params[name])));

/** The task pane's client of the HTTP API: paths from shared/api/routes.ts, types from its schemas. */
export const createApiClient = ({ baseUrl, token, fetch: fetchFn = fetch }: ApiClientOptions) => {
  const call = async (
    id: RouteId,
    init: {
      params?: Record<string, string | number>;
      query?: Record<string, string | number | undefined>;
    } & Omit<RequestInit, "method"> = {},
  ): Promise<Response> => {
    const query = new URLSearchParams(
      Object.entries(init.query ?? {}).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
    ).toString();
    const headers = new Headers(init.headers);
    const bearer = token();
    if (bearer) headers.set("authorization", `Bearer ${bearer}`);
    let response: Response;
    try {
      response = await fetchFn(`${baseUrl}${pathOf(id, init.params)}${query ? `?${query}` : ""}`, {
        ...init,
        method: routeById(id).method,
        headers,
      });
    } catch {
      throw new NetworkError();
    }
    if (!response.ok) {
      const problem = (await response.json().catch(() => ({}))) as Partial<Problem>;
      throw new ApiError(response.status, problem);
    }
    return response;
  };
  const json = async <T>(id: RouteId, init?: Parameters<typeof call>[1]): Promise<T> =>
    (await (await call(id, init)).json()) as T;
  const jsonBody = (body: unknown) => ({
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });

  return {
    listProgrammes: () => json<ProgrammeSummary[]>("listProgrammes"),
    getParams: (programmeId: string, year: number) =>
      json<ProgramParams>("getParams", { params: { programmeId, year } }),
    listFilings: (programme: string, year: number) =>
      json<ListResponse>("listFilings", { query: { programme, year } }),
    getFiling: (id: string) => json<FilingDetail>("getFiling", { params: { id } }),
    getVersion: (id: string, version: number) =>
      json<VersionRecord>("getVersion", { params: { id, version } }),
    diff: (id: string, from: number, to: number) =>
      json<DiffResponse>("diffVersions", { params: { id }, query: { from, to } }),
    review: (id: string, request: ReviewRequest) =>
      json<ReviewResponse>("reviewFiling", { params: { id }, ...jsonBody(request) }),
    /** JSON from Excel, the .xlsx itself from the browser; the key makes a retry store one version. */
    submit: (body: { json: Filing } | { xlsx: Uint8Array }, idempotencyKey: string) =>
      json<SubmitResponse>("submitFiling", {
        body: "json" in body ? JSON.stringify(body.json) : (body.xlsx as Uint8Array<ArrayBuffer>),
        headers: {
          "content-type": "json" in body ? "application/json" : XLSX_MEDIA_TYPE,
          [idempotencyHeader]: idempotencyKey,
        },
      }),
    workbook: async (id: string, version?: number) => {
      const response = await call("getFilingWorkbook", { params: { id }, query: { version } });
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1];
      return { bytes: new Uint8Array(await response.arrayBuffer()), fileName: name ?? `${id}.xlsx` };
    },
    putDraft: (filing: Filing, id: string) =>
      json<DraftResponse>("putDraft", { params: { id }, ...jsonBody({ content: filing }) }),
    getDraft: (id: string) => json<DraftResponse>("getDraft", { params: { id } }),
  };
};

export type ApiClient = ReturnType<typeof createApiClient>;
