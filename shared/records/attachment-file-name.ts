import type { AttachmentRecord } from "../api/records-schemas";
import { ATTACHMENT_EXTENSIONS } from "../domain/sniff-media-type";

/** A Belegnr. as part of a file name: only letters, digits, „.“, „_“ and „-“ survive every unzip. */
const safe = (belegnr: string) => belegnr.trim().replace(/[^0-9A-Za-z._-]+/g, "_");

/**
 * An attachment's file name in the archive: a receipt of the Stichprobe is named by its Belegnr.
 * („beleg-B-3-<id>.pdf“), so the Rechnungsprüfung finds the row's receipt without this product;
 * the id keeps two uploads to one Beleg apart.
 */
export const attachmentFileName = (
  record: Pick<AttachmentRecord, "kind" | "attachmentId" | "mediaType" | "belegnr">,
): string =>
  `${record.kind}${record.belegnr === undefined ? "" : `-${safe(record.belegnr)}`}-${record.attachmentId}.${ATTACHMENT_EXTENSIONS[record.mediaType]}`;
