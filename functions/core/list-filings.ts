import type { ListQuery, ListResponse, MissingFiling } from "../../shared/api/api-schemas";
import { getParams } from "./get-params";
import { canSee } from "./load-visible-head";
import type { Principal } from "./principal";
import { requireProgrammeAccess } from "./programme-access";
import type { ServiceDeps } from "./service-deps";
import { toMissing, toSummary } from "./to-summary";
import { expectedFilings } from "./expected-filings";
import { withAmounts } from "./with-amounts";
import { withZahlen } from "./with-zahlen";

/**
 * Filings of a programme's year with due dates, plus what is missing: every Zuordnung × kind without
 * a filing – but no Verwendungsnachweis where the city runs the district itself (no grant flows).
 * A Träger's query is restricted to its own Träger in the key condition, and filtered again here.
 * Only a programme of the caller's login: another programme's list is 403.
 */
export const listFilings = async (
  principal: Principal,
  query: ListQuery,
  deps: ServiceDeps,
): Promise<ListResponse> => {
  requireProgrammeAccess(principal, query.programmeId);
  const now = deps.clock();
  const at = { programmeId: query.programmeId, year: query.year };
  const own = principal.role === "traeger" ? principal.traegerId : undefined;
  const params = await getParams(at, deps);
  // A Träger's own filings plus the Jahresberichte of Tandem districts where it is the partner.
  const tandemOf =
    own === undefined ? [] : params.zuordnungen.filter((z) => z.tandem === own).map((z) => z.traegerId);
  const owners = own === undefined ? [undefined] : [own, ...new Set(tandemOf)];
  const heads = (
    await Promise.all(owners.map((traegerId) => deps.store.listHeads({ ...at, traegerId })))
  ).flat();
  const visible = heads.filter((h) => canSee(principal, h, params));
  const wanted = (x: { kind: string; meta: { districtId: string } }) =>
    (query.kind === undefined || x.kind === query.kind) &&
    (query.districtId === undefined || x.meta.districtId === query.districtId);

  const shown = visible.filter((h) => wanted(h) && (query.status === undefined || h.status === query.status));
  const items = (
    await withZahlen(
      (await withAmounts(shown, deps)).map((h) => toSummary(h, params, now)),
      { ...at, ...(own !== undefined && { traegerId: own }) },
      params,
      deps,
    )
  ).sort((a, b) => a.filingId.localeCompare(b.filingId));

  const existing = new Set(visible.map((h) => h.filingId));
  const missing: MissingFiling[] = expectedFilings(params, own)
    .filter((m) => !existing.has(m.filingId) && wanted(m))
    .map((m) => toMissing(m, params, now))
    .sort((a, b) => a.filingId.localeCompare(b.filingId));

  return { items, missing };
};
