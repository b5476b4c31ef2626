import { FILING_KINDS, filingKey } from "../../shared/filing/filing";
import { formOf } from "../../shared/filing/forms";
import { isRunByCity } from "../../shared/programme/stammdaten";
import type { ListQuery, ListResponse, MissingFiling } from "../../shared/api/api-schemas";
import { dueDateFor, isOverdue } from "./due-status";
import { getParams } from "./get-params";
import { canSee } from "./load-visible-head";
import type { Principal } from "./principal";
import type { ServiceDeps } from "./service-deps";
import { toSummary } from "./to-summary";

/**
 * Filings of a programme's year with due dates, plus what is missing: every Zuordnung × kind without
 * a filing – but no Verwendungsnachweis where the city runs the district itself (no grant flows).
 * A Träger's query is restricted to its own Träger in the key condition, and filtered again here.
 */
export const listFilings = async (
  principal: Principal,
  query: ListQuery,
  deps: ServiceDeps,
): Promise<ListResponse> => {
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

  const items = visible
    .filter((h) => wanted(h) && (query.status === undefined || h.status === query.status))
    .map((h) => toSummary(h, params, now))
    .sort((a, b) => a.filingId.localeCompare(b.filingId));

  const existing = new Set(visible.map((h) => h.filingId));
  const expected = (kind: (typeof FILING_KINDS)[number], districtId: string) =>
    formOf(kind).dueWhereCityRuns || !isRunByCity(query.programmeId, districtId);
  const missing: MissingFiling[] = params.zuordnungen
    .filter((z) => own === undefined || z.traegerId === own || z.tandem === own)
    .flatMap((z) =>
      FILING_KINDS.filter(
        (kind) =>
          expected(kind, z.districtId) &&
          (own === undefined || z.traegerId === own || formOf(kind).readableByTandem),
      ).map((kind) => {
        const meta = { ...at, traegerId: z.traegerId, districtId: z.districtId };
        const dueDate = dueDateFor(kind, params);
        return {
          filingId: filingKey(kind, meta),
          kind,
          meta,
          dueDate,
          overdue: isOverdue(null, dueDate, now),
        };
      }),
    )
    .filter((m) => !existing.has(m.filingId) && wanted(m))
    .sort((a, b) => a.filingId.localeCompare(b.filingId));

  return { items, missing };
};
