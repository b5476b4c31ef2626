import type {
  ZahlungenListQuery,
  ZahlungenResponse,
  ZahlungRequest,
} from "../../shared/api/pruefung-schemas";
import type { ZahlungEintrag } from "../../shared/pruefung/zahlung";
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
  /** The bearer token for the next request (renewed by the sign-in before it expires). */
  token: () => Promise<string | undefined> | string | undefined;
  /** After a 401: a fresh token, or undefined; the request is then sent once more, body unchanged. */
  renew?: () => Promise<string | undefined>;
  fetch?: typeof fetch;
}

/** A route's path with its parameters filled in, from the one route table. */
const pathOf = (id: RouteId, params: Record<string, string | number> = {}) =>
  routeById(id).path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(String(params[name])));

/** The task pane's client of the HTTP API: paths from shared/api/routes.ts, types from its schemas. */
export const createApiClient = ({ baseUrl, token, renew, fetch: fetchFn = fetch }: ApiClientOptions) => {
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
    const send = async (bearer: string | undefined) => {
      const headers = new Headers(init.headers);
      if (bearer) headers.set("authorization", `Bearer ${bearer}`);
      try {
        // The body is a string or bytes, never a stream: it can go out a second time unchanged.
        return await fetchFn(`${baseUrl}${pathOf(id, init.params)}${query ? `?${query}` : ""}`, {
          ...init,
          method: routeById(id).method,
          headers,
        });
      } catch {
        throw new NetworkError();
      }
    };
    let response = await send(await token());
    if (response.status === 401 && renew) {
      const renewed = await renew();
      if (renewed) response = await send(renewed);
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
    /** Where the API answers: consolidated rows link to their stored versions there. */
    baseUrl,
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
    workbook: async (id: string, version?: number) =>
      file(await call("getFilingWorkbook", { params: { id }, query: { version } }), `${id}.xlsx`),
    /** The year's consolidated workbook as the API builds it (with its charts), for a download. */
    consolidatedWorkbook: async (programmeId: string, year: number) =>
      file(
        await call("getConsolidatedWorkbook", { params: { programmeId, year } }),
        `konsolidiert-${programmeId}-${year}.xlsx`,
      ),
    putDraft: (filing: Filing, id: string) =>
      json<DraftResponse>("putDraft", { params: { id }, ...jsonBody({ content: filing }) }),
    getDraft: (id: string) => json<DraftResponse>("getDraft", { params: { id } }),
    listZahlungen: (programmeId: string, year: number, query: ZahlungenListQuery = {}) =>
      json<ZahlungenResponse>("listZahlungen", { params: { programmeId, year }, query }),
    addZahlung: (programmeId: string, year: number, request: ZahlungRequest) =>
      json<ZahlungEintrag>("addZahlung", { params: { programmeId, year }, ...jsonBody(request) }),
  };
};

export type ApiClient = ReturnType<typeof createApiClient>;

/** A file the API sends as an attachment: its bytes and the name it suggests. */
const file = async (response: Response, fallback: string) => {
  const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1];
  return { bytes: new Uint8Array(await response.arrayBuffer()), fileName: name ?? fallback };
};
