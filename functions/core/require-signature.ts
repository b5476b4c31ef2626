import type { FilingHead } from "../../shared/api/records";
import { ConflictError } from "./errors";
import { getParams } from "./get-params";
import type { ServiceDeps } from "./service-deps";

/**
 * Where the year's parameters require the written form (`unterschriftErforderlich`), a
 * Verwendungsnachweis – the form with the Rechtsverbindliche Unterschrift – is „rechnerisch geprüft“
 * only once the signed Eingangsbestätigung of its latest version is uploaded. Attachments are only
 * ever added, so a signature seen here cannot vanish before the review is written.
 */
export const requireSignature = async (head: FilingHead, deps: Pick<ServiceDeps, "store">): Promise<void> => {
  if (head.kind !== "verwendungsnachweis") return;
  const params = await getParams(head.meta, deps);
  if (!params.unterschriftErforderlich) return;
  const attachments = await deps.store.listAttachments(head.filingId, head.latestVersion);
  if (!attachments.some((a) => a.kind === "unterschrift"))
    throw new ConflictError(
      `Version ${head.latestVersion} kann noch nicht als rechnerisch geprüft markiert werden: Für ${head.meta.year} ist die Unterschrift erforderlich, und die unterschriebene Eingangsbestätigung dieser Version liegt noch nicht vor. Der Träger lädt sie zur Version hoch.`,
    );
};
