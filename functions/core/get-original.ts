import { XLSX_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import { NotFoundError } from "./errors";
import type { StoredOriginal } from "./filing-store";
import { loadVersion } from "./get-version";
import { loadVisibleHead } from "./load-visible-head";
import type { Principal } from "./principal";
import type { ServiceDeps } from "./service-deps";

export interface OriginalDownload extends StoredOriginal {
  filename: string;
}

/** The file name says filing, version and what it is; ids hold no quotes or slashes (slugs). */
export const originalFilename = (filingId: string, version: number, mediaType: string) =>
  `${filingId}.v${version}.original.${mediaType === XLSX_MEDIA_TYPE ? "xlsx" : "json"}`;

/**
 * The bytes version `version` was received as, for whoever may see the filing (its Träger, the
 * city). The store recomputes the SHA-256 and compares it with the one recorded at submission.
 */
export const getOriginal = async (
  principal: Principal,
  filingId: string,
  version: number,
  deps: ServiceDeps,
): Promise<OriginalDownload> => {
  const head = await loadVisibleHead(principal, filingId, deps);
  await loadVersion(head, version, deps);
  const original = await deps.store.getOriginal(filingId, version);
  if (!original)
    throw new NotFoundError(
      `Zu Version ${version} wurde die eingereichte Datei nicht aufbewahrt (eingereicht, bevor Originale gespeichert wurden); ihr Inhalt und die SHA-256-Prüfsumme stehen in der Version.`,
    );
  if (!("bytes" in original))
    throw new NotFoundError(
      `Die eingereichte Datei von Version ${version} wurde nach Ablauf der Aufbewahrungsfrist am ${original.removedAt.slice(0, 10)} entfernt (Löschkonzept); ihre SHA-256-Prüfsumme ${original.sha256} bleibt in der Version verzeichnet.`,
    );
  return { ...original, filename: originalFilename(filingId, version, original.mediaType) };
};
