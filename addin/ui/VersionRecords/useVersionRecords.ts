import { useCallback, useEffect, useState } from "react";
import type { AttachmentKind, AttachmentList } from "../../../shared/api/records-schemas";
import { sniffMediaType } from "../../../shared/domain/sniff-media-type";
import type { ApiClient } from "../../../shared/api/api-client";
import { useAction } from "../use-action";
import { saveDownload } from "./save-download";

/**
 * The type the bytes say (as the API decides it); anything else goes out as PDF, so the API's
 * German 415 names what is wrong rather than the pane guessing.
 */
const mediaTypeOf = (bytes: Uint8Array) => sniffMediaType(bytes) ?? "application/pdf";

/**
 * The records of one version for its Träger: the Eingangsbestätigung to download, the signed scan
 * and the Belege of a Stichprobe to upload, and what is still missing – one listAttachments per
 * load, reloaded after every upload. Errors (413, 415, 422 in German) reach the pane as a notice.
 */
export const useVersionRecords = (api: ApiClient, filingId: string, version: number) => {
  const [list, setList] = useState<AttachmentList>();
  const [loadError, setLoadError] = useState<string>();
  const load = useCallback(
    () =>
      api.call("listAttachments", { path: { id: filingId, version } }).then(
        (l) => {
          setList(l);
          setLoadError(undefined);
        },
        (err: unknown) => setLoadError(err instanceof Error ? err.message : String(err)),
      ),
    [api, filingId, version],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const { busy, notice, run } = useAction();

  const downloadReceipt = () =>
    run(async () => {
      const file = await api.call("getReceipt", { path: { id: filingId, version } });
      saveDownload(file.bytes, file.fileName, "application/pdf");
      return `Eingangsbestätigung zu Version ${version} heruntergeladen: ausdrucken, unterschreiben, hier hochladen.`;
    });

  const upload = (kind: AttachmentKind, file: File, belegnr?: string) =>
    run(async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      await api.call("uploadAttachment", {
        path: { id: filingId, version },
        query: { kind, ...(belegnr !== undefined && { belegnr }) },
        body: { bytes, mediaType: mediaTypeOf(bytes) },
      });
      await load();
      return belegnr === undefined
        ? `„${file.name}“ als unterschriebene Eingangsbestätigung gespeichert.`
        : `„${file.name}“ als Beleg ${belegnr} gespeichert.`;
    });

  const downloadAttachment = (attachmentId: string) =>
    run(async () => {
      const file = await api.call("getAttachment", { path: { id: filingId, version, attachmentId } });
      saveDownload(file.bytes, file.fileName);
      return undefined;
    });

  return { list, loadError, busy, notice, downloadReceipt, upload, downloadAttachment };
};
