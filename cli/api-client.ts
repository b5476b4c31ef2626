import { CliError } from "./cli-error";

export interface ApiTarget {
  api: string;
  token: string;
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

/** GET on the API; a problem answer becomes a German CliError with its detail. */
export const apiGet = async (target: ApiTarget, path: string): Promise<Response> => {
  let response: Response;
  try {
    response = await fetch(`${target.api}${path}`, { headers: { authorization: `Bearer ${target.token}` } });
  } catch (err) {
    throw new CliError(`Die Schnittstelle ${target.api} ist nicht erreichbar (${(err as Error).message}).`);
  }
  if (response.ok) return response;
  const problem = (await response.json().catch(() => ({}))) as { detail?: string; title?: string };
  throw new CliError(
    `Die Schnittstelle antwortet ${response.status}: ${problem.detail ?? problem.title ?? response.statusText}`,
  );
};

export const apiBytes = async (target: ApiTarget, path: string): Promise<Uint8Array> =>
  new Uint8Array(await (await apiGet(target, path)).arrayBuffer());

export const apiJson = async <T>(target: ApiTarget, path: string): Promise<T> =>
  (await (await apiGet(target, path)).json()) as T;
