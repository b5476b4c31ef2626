import type { AttachmentList } from "../../shared/api/records-schemas";
import type { AttachmentRecord } from "../../shared/api/records-schemas";
import type { StichprobeRecord } from "../../shared/api/stichprobe-schemas";
import { stichprobeStandOf } from "../../shared/api/stichprobe-stand";
import { NotFoundError } from "./errors";
import { loadVersion } from "./get-version";
import { loadVisibleHead } from "./load-visible-head";
import type { Principal } from "./principal";
import type { ServiceDeps } from "./service-deps";

export const SIGNATURE_PRESENT = "Unterschrift liegt vor";
export const SIGNATURE_MISSING =
  "Unterschrift fehlt: Bitte die Eingangsbestätigung dieser Version ausdrucken, unterschreiben und als PDF, JPEG oder PNG hochladen.";

export const attachmentList = (
  attachments: AttachmentRecord[],
  stichproben: readonly StichprobeRecord[] = [],
): AttachmentList => {
  const signed = attachments.some((a) => a.kind === "unterschrift");
  return {
    attachments,
    unterschriftLiegtVor: signed,
    unterschriftHinweis: signed ? SIGNATURE_PRESENT : SIGNATURE_MISSING,
    stichprobe: stichprobeStandOf(stichproben, attachments),
  };
};

/**
 * The attachments of a version the caller may see, whether the signed receipt is among them, and
 * its Stichprobe (requested Belege with their uploads) – one read for the Träger's inbox and the desk.
 */
export const listAttachments = async (
  principal: Principal,
  filingId: string,
  version: number,
  deps: ServiceDeps,
): Promise<AttachmentList> => {
  const head = await loadVisibleHead(principal, filingId, deps);
  await loadVersion(head, version, deps);
  const [attachments, stichproben] = await Promise.all([
    deps.store.listAttachments(filingId, version),
    deps.store.listStichproben(filingId, version),
  ]);
  return attachmentList(attachments, stichproben);
};

/** One attachment with its bytes, for whoever may see the filing. */
export const getAttachment = async (
  principal: Principal,
  filingId: string,
  version: number,
  attachmentId: string,
  deps: ServiceDeps,
) => {
  await loadVisibleHead(principal, filingId, deps);
  const found = await deps.store.getAttachment(filingId, version, attachmentId);
  if (!found) throw new NotFoundError("Diese Anlage gibt es zu dieser Version nicht.");
  return found;
};
