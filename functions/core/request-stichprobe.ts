import {
  belegnrKey,
  type StichprobeRecord,
  type StichprobeRequest,
} from "../../shared/api/stichprobe-schemas";
import { formatDate } from "../../shared/money/format-de";
import { actorOf } from "./actor-of";
import { belegnummernOf } from "./belegnummern-of";
import { ConflictError, ForbiddenError } from "./errors";
import { loadVersion } from "./get-version";
import { loadVisibleHead } from "./load-visible-head";
import type { Principal } from "./principal";
import type { ServiceDeps } from "./service-deps";
import { UnknownBelegError } from "./unknown-beleg-error";

/**
 * The Koordinierungsstelle asks the Träger for the receipts of some Belege of one version. Every
 * Belegnr. must be in that version's Belegliste (422 naming those that are not); the request is
 * stored as its own item with an audit entry, and the status stays as it is.
 */
export const requestStichprobe = async (
  principal: Principal,
  filingId: string,
  version: number,
  request: StichprobeRequest,
  deps: ServiceDeps,
): Promise<StichprobeRecord> => {
  if (principal.role !== "koordinierung")
    throw new ForbiddenError("Eine Stichprobe fordert nur die Koordinierungsstelle an.");
  const head = await loadVisibleHead(principal, filingId, deps);
  if (head.kind !== "verwendungsnachweis")
    throw new ConflictError("Eine Stichprobe von Belegen gibt es nur zu einem Verwendungsnachweis.");
  const record = await loadVersion(head, version, deps);
  const known = new Set(belegnummernOf(record.content).map(belegnrKey));
  const unknown = request.belegnummern.filter((b) => !known.has(belegnrKey(b)));
  if (unknown.length > 0)
    throw new UnknownBelegError(
      `Die Belegliste von Version ${version} enthält ${unknown.length === 1 ? "die Belegnummer" : "die Belegnummern"} ${unknown.map((b) => `„${b}“`).join(", ")} nicht. Bitte nur Belege der Belegliste für die Stichprobe auswählen.`,
    );
  const { record: stored } = await deps.store.requestStichprobe({
    expected: head,
    version,
    belegnummern: request.belegnummern,
    faelligAm: request.faelligAm,
    ...(request.hinweis && { hinweis: request.hinweis }),
    by: actorOf(principal),
    at: deps.clock().toISOString(),
    comment: `Stichprobe angefordert: ${request.belegnummern.join(", ")} bis ${formatDate(request.faelligAm)}${request.hinweis ? ` – ${request.hinweis}` : ""}`,
  });
  return stored;
};
