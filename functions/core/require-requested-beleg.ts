import { belegnrKey } from "../../shared/api/stichprobe-schemas";
import { stichprobeStandOf } from "../../shared/api/stichprobe-stand";
import { BadRequestError } from "./errors";
import type { ServiceDeps } from "./service-deps";
import { UnknownBelegError } from "./unknown-beleg-error";

/**
 * A Beleg is uploaded for a Belegnr. the version's Stichprobe asked for (422 naming it otherwise);
 * a Belegnr. belongs to a Beleg only. Returns the Belegnr. as the request spelled it, so the
 * receipt is listed under the row the reviewer marked.
 */
export const requireRequestedBeleg = async (
  filingId: string,
  version: number,
  upload: { kind: string; belegnr?: string },
  deps: Pick<ServiceDeps, "store">,
): Promise<string | undefined> => {
  if (upload.kind !== "beleg") {
    if (upload.belegnr !== undefined)
      throw new BadRequestError("Eine Belegnummer gehört nur zu einer Anlage der Art „beleg“.");
    return undefined;
  }
  if (upload.belegnr === undefined)
    throw new BadRequestError(
      "Zu einem Beleg gehört die Belegnummer der Stichprobe (belegnr), damit er seiner Zeile zugeordnet wird.",
    );
  const stand = stichprobeStandOf(await deps.store.listStichproben(filingId, version), []);
  const key = belegnrKey(upload.belegnr);
  const hit = stand?.belege.find((b) => belegnrKey(b.belegnr) === key);
  if (!hit)
    throw new UnknownBelegError(
      stand
        ? `Beleg „${upload.belegnr}“ ist für Version ${version} nicht angefordert. Angefordert sind: ${stand.belege.map((b) => b.belegnr).join(", ")}.`
        : `Zu Version ${version} ist keine Stichprobe angefordert; Belege werden nur auf Anforderung der Koordinierungsstelle hochgeladen.`,
    );
  return hit.belegnr;
};
