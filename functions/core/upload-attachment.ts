import { createHash, randomBytes } from "node:crypto";
import { MAX_ATTACHMENT_BYTES } from "../../shared/domain/store-limits";
import type { AttachmentKind, AttachmentRecord } from "../../shared/api/records-schemas";
import { ATTACHMENT_MEDIA_TYPES, sniffMediaType } from "../../shared/domain/sniff-media-type";
import { ForbiddenError } from "./errors";
import { loadVersion } from "./get-version";
import { loadVisibleHead } from "./load-visible-head";
import type { Principal } from "./principal";
import type { ServiceDeps } from "./service-deps";
import { megabytes, TooLargeError } from "./too-large-error";
import { UnsupportedTypeError } from "./unsupported-type-error";
import { requireRequestedBeleg } from "./require-requested-beleg";

export interface AttachmentUpload {
  kind: AttachmentKind;
  /** For `beleg`: the Belegnr. of the Stichprobe the receipt proves. */
  belegnr?: string;
  bytes: Uint8Array;
  /** The Content-Type as sent (without parameters); the bytes decide, this may only agree. */
  declaredType: string;
}

/** Declared types that leave the decision to the bytes. */
const UNSPECIFIC = new Set(["", "application/octet-stream"]);

const checkFile = ({ bytes, declaredType }: AttachmentUpload) => {
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES)
    throw new TooLargeError(
      `Die Datei ist ${megabytes(bytes.byteLength)} groß, höchstens ${megabytes(MAX_ATTACHMENT_BYTES)} sind möglich. Bitte den Scan mit geringerer Auflösung (150–200 dpi) oder als PDF speichern.`,
    );
  const mediaType = sniffMediaType(bytes);
  if (!mediaType || (!UNSPECIFIC.has(declaredType) && declaredType !== mediaType))
    throw new UnsupportedTypeError(
      `Die Datei ist ${mediaType ? `ein ${mediaType}, gesendet als „${declaredType}“` : "weder PDF noch JPEG noch PNG"}. Bitte die unterschriebene Eingangsbestätigung als PDF, JPEG oder PNG hochladen (${ATTACHMENT_MEDIA_TYPES.join(", ")}).`,
    );
  return mediaType;
};

/**
 * A Träger attaches a file to one of its own versions – the signed Eingangsbestätigung
 * (`unterschrift`) or a Beleg of the Stichprobe (`beleg` with its Belegnr.). Type by magic bytes, size checked, hashed, then stored
 * immutably beside the version. Another Träger's filing is "not found"; a Tandem partner, who may
 * read a Jahresbericht, does not sign it.
 */
export const uploadAttachment = async (
  principal: Principal,
  filingId: string,
  version: number,
  upload: AttachmentUpload,
  deps: ServiceDeps,
): Promise<AttachmentRecord> => {
  if (principal.role !== "traeger" || !principal.traegerId)
    throw new ForbiddenError(
      "Anlagen zu einer Version lädt nur der Träger hoch; Koordinierung und Leitung sehen sie an.",
    );
  const head = await loadVisibleHead(principal, filingId, deps);
  if (head.meta.traegerId !== principal.traegerId)
    throw new ForbiddenError("Anlagen lädt nur der einreichende Träger hoch, nicht der Tandem-Partner.");
  await loadVersion(head, version, deps);
  const belegnr = await requireRequestedBeleg(filingId, version, upload, deps);
  const mediaType = checkFile(upload);
  const at = deps.clock().toISOString();
  return deps.store.putAttachment(
    {
      // Upload time first, so ids sort oldest first; the random tail keeps two in one ms apart.
      attachmentId: `${at.replace(/[^0-9]/g, "")}-${randomBytes(4).toString("hex")}`,
      filingId,
      version,
      kind: upload.kind,
      mediaType,
      bytes: upload.bytes.byteLength,
      sha256: createHash("sha256").update(upload.bytes).digest("hex"),
      uploadedAt: at,
      uploadedBy: { sub: principal.sub, name: principal.name },
      ...(belegnr !== undefined && { belegnr }),
    },
    upload.bytes,
  );
};
