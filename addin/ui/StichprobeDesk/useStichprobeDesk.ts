import { useCallback, useEffect, useState } from "react";
import type { AttachmentList } from "../../../shared/api/records-schemas";
import { formatCount, formatDate } from "../../../shared/money/format-de";
import type { ApiClient } from "../../../shared/api/api-client";
import { useAction } from "../use-action";
import { saveDownload } from "../VersionRecords/save-download";

/**
 * The desk's side of the Stichprobe for one version: what was requested and uploaded (one
 * listAttachments per load), the request itself (reloaded after it), the receipts' downloads.
 */
export const useStichprobeDesk = (api: ApiClient, filingId: string, version: number) => {
  const [list, setList] = useState<AttachmentList>();
  const load = useCallback(
    () => api.call("listAttachments", { path: { id: filingId, version } }).then(setList),
    [api, filingId, version],
  );
  const { busy, notice, setNotice, run } = useAction();
  useEffect(() => {
    load().catch((err: unknown) =>
      setNotice({ intent: "error", text: `Die Belege ließen sich nicht laden: ${(err as Error).message}` }),
    );
  }, [load, setNotice]);

  const request = (belegnummern: string[], faelligAm: string, hinweis: string) =>
    run(async () => {
      await api.call("requestStichprobe", {
        path: { id: filingId, version },
        body: { json: { belegnummern, faelligAm, ...(hinweis.trim() && { hinweis: hinweis.trim() }) } },
      });
      await load();
      return `Stichprobe angefordert: ${formatCount(belegnummern.length, "Beleg", "Belege")} bis ${formatDate(faelligAm)}. Der Träger sieht sie in „Meine Berichte“.`;
    });

  const download = (attachmentId: string) =>
    run(async () => {
      const file = await api.call("getAttachment", { path: { id: filingId, version, attachmentId } });
      saveDownload(file.bytes, file.fileName);
      return undefined;
    });

  return { list, busy, notice, request, download };
};
