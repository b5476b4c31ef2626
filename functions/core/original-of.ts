import { MAX_ORIGINAL_BYTES } from "../../shared/domain/store-limits";
import { XLSX_MEDIA_TYPE } from "../../shared/api/edge-schemas";
import type { SubmissionSource } from "../../shared/api/records";
import type { OriginalFile } from "./filing-store";
import { megabytes, TooLargeError } from "./too-large-error";

/**
 * The submission exactly as received, kept with its version. Checked before anything is parsed:
 * what cannot be kept whole is not accepted (413 naming the bound), so no version lacks its original.
 */
export const originalOf = (raw: string | Uint8Array, source: SubmissionSource): OriginalFile => {
  const bytes = typeof raw === "string" ? new TextEncoder().encode(raw) : raw;
  if (bytes.byteLength > MAX_ORIGINAL_BYTES)
    throw new TooLargeError(
      `Die Einreichung ist ${megabytes(bytes.byteLength)} groß; mit jeder Version wird das Original aufbewahrt, höchstens ${megabytes(MAX_ORIGINAL_BYTES)}. Bitte nur die Vorlage mit den eigenen Angaben senden (ohne Bilder oder zusätzliche Blätter).`,
    );
  return { mediaType: source === "xlsx" ? XLSX_MEDIA_TYPE : "application/json", bytes };
};
