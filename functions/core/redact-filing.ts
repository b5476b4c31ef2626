import type { RedactionResponse } from "../../shared/api/records-schemas";
import { formatIsoDay, retentionOver, retentionUntil } from "../../shared/records/retention";
import { redactNames } from "../../shared/records/redact-names";
import { actorOf } from "./actor-of";
import { ConflictError, ForbiddenError, NotFoundError } from "./errors";
import { getParams } from "./get-params";
import { loadVisibleHead } from "./load-visible-head";
import type { Principal } from "./principal";
import type { ServiceDeps } from "./service-deps";

/**
 * Löschkonzept (docs/records.md): after the Aufbewahrungsfrist, and only where the year's
 * parameters allow it (`schwaerzungFreigegeben`), the Koordinierungsstelle redacts the names of
 * staff and volunteers in every version of a filing. Amounts, the originals' SHA-256 and the audit
 * trail stay; each version gets an audit entry with who and when. Before the date nothing changes.
 */
export const redactFiling = async (
  principal: Principal,
  filingId: string,
  deps: ServiceDeps,
): Promise<RedactionResponse> => {
  if (principal.role !== "koordinierung")
    throw new ForbiddenError(
      "Schwärzen nach Ablauf der Aufbewahrungsfrist darf nur die Koordinierungsstelle.",
    );
  let head = await loadVisibleHead(principal, filingId, deps);
  const params = await getParams(head.meta, deps);
  const until = retentionUntil(head.meta.year, params.aufbewahrungJahre);
  const now = deps.clock();
  if (!retentionOver(until, now))
    throw new ConflictError(
      `Dieser Vorgang ist bis ${formatIsoDay(until)} aufzubewahren (${params.aufbewahrungJahre} Jahre nach Ende des Förderjahres ${head.meta.year}); vorher kann nichts geschwärzt oder entfernt werden.`,
    );
  if (!params.schwaerzungFreigegeben)
    throw new ConflictError(
      `Schwärzen ist für das Förderjahr ${head.meta.year} nicht freigegeben. Die Koordinierungsstelle setzt dazu in den Programmparametern „schwaerzungFreigegeben“ (Löschkonzept).`,
    );
  const versions: number[] = [];
  let names = 0;
  for (let version = 1; version <= head.latestVersion; version++) {
    if (await deps.store.isRedacted(filingId, version)) continue;
    const record = await deps.store.getVersion(filingId, version);
    if (!record) throw new NotFoundError(`Version ${version} dieses Vorgangs gibt es nicht.`);
    const redacted = redactNames(record.content, record.findings);
    head = await deps.store.redactVersion({
      filingId,
      version,
      expected: head,
      content: redacted.filing,
      findings: redacted.findings,
      names: redacted.names,
      by: actorOf(principal),
      at: now.toISOString(),
      note: `Namen nach Ablauf der Aufbewahrungsfrist (${formatIsoDay(until)}) geschwärzt: ${redacted.names} Angaben in Version ${version}; die eingereichte Datei wurde entfernt, ihre SHA-256-Prüfsumme ${record.sha256} bleibt verzeichnet.`,
    });
    versions.push(version);
    names += redacted.names;
  }
  return { filingId, aufzubewahrenBis: until, versions, names };
};
