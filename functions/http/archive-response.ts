import type { ArchiveScope } from "../core/export-archive";
import { archiveFilename, exportArchive } from "../core/export-archive";
import type { PdfRenderer } from "../core/pdf-renderer";
import type { Principal } from "../core/principal";
import type { ServiceDeps } from "../core/service-deps";
import { binary, type HttpResult } from "./json";
import { payloadTooLarge } from "./request-error";

/**
 * A Lambda answer through API Gateway carries at most 6 MB, base64 included (≈ 4.5 MB of zip).
 * The archive is produced as a stream; this edge gathers it for one answer and stops at the bound.
 */
export const MAX_ARCHIVE_RESPONSE_BYTES = 4_400_000;

class ArchiveTooLarge extends Error {}

export const archiveResponse = async (
  principal: Principal,
  scope: ArchiveScope,
  deps: ServiceDeps,
  renderer: PdfRenderer,
): Promise<HttpResult & { files: number }> => {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const summary = await exportArchive(principal, scope, deps, renderer, (chunk) => {
    size += chunk.byteLength;
    if (size > MAX_ARCHIVE_RESPONSE_BYTES) throw new ArchiveTooLarge();
    chunks.push(chunk);
  }).catch((err: unknown) => {
    if (err instanceof ArchiveTooLarge)
      throw payloadTooLarge(
        `Das Archiv ist größer als eine Antwort der Schnittstelle fassen kann (höchstens ${MAX_ARCHIVE_RESPONSE_BYTES.toLocaleString("de-DE")} Bytes). Bitte je Vorgang herunterladen (GET /filings/{id}/archive).`,
      );
    throw err;
  });
  const body = Buffer.concat(chunks);
  return {
    ...binary(200, body, "application/zip", {
      "content-disposition": `attachment; filename="${archiveFilename(scope)}"`,
    }),
    files: summary.files,
  };
};
