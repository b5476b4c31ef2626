import {
  ApiError,
  createApiClient,
  NetworkError,
  ResponseMismatchError,
  type ApiClient,
} from "../shared/api/api-client";
import { CliError } from "./cli-error";

export interface ApiTarget {
  api: string;
  token: string;
  /** Where streamed routes answer (the archive's function URL); else `api`. */
  stream?: string | undefined;
}

/** --api and --token, or FOERDERBERICHT_API and FOERDERBERICHT_TOKEN; the token is never printed. */
export const apiTarget = (values: { api?: string; token?: string }, command: string): ApiTarget => {
  const api = values.api ?? process.env.FOERDERBERICHT_API;
  const token = values.token ?? process.env.FOERDERBERICHT_TOKEN;
  if (!api || !token)
    throw new CliError(
      `Bitte die Schnittstelle und ein Token angeben: --api <url> --token <token> (oder FOERDERBERICHT_API und FOERDERBERICHT_TOKEN).\nHilfe: foerderbericht ${command} --help`,
    );
  return { api: api.replace(/\/+$/, ""), token };
};

const toCliError = (err: unknown, target: ApiTarget): unknown => {
  if (err instanceof NetworkError)
    return new CliError(`Die Schnittstelle ${target.api} ist nicht erreichbar. ${err.message}`);
  if (err instanceof ApiError)
    return new CliError(`Die Schnittstelle antwortet ${err.status}: ${err.message}`);
  if (err instanceof ResponseMismatchError) return new CliError(err.message);
  return err;
};

/**
 * The CLI's use of the one API client (shared/api/api-client.ts): every answer checked against the
 * route table, every failure a German CliError with the API's detail.
 */
export const withApi = async <T>(target: ApiTarget, use: (api: ApiClient) => Promise<T>): Promise<T> => {
  const api = createApiClient({
    baseUrl: target.api,
    token: () => target.token,
    fetch: (url, init) => fetch(url, init),
    ...(target.stream && { streamBaseUrl: target.stream }),
  });
  try {
    return await use(api);
  } catch (err) {
    throw toCliError(err, target);
  }
};
