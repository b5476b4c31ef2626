import { formatCount, formatDate } from "../money/format-de";
import {
  belegnrKey,
  type StichprobeBeleg,
  type StichprobeRecord,
  type StichprobeStand,
} from "./stichprobe-schemas";

/** What the stand needs of an attachment: its id and the Belegnr. it was uploaded for. */
export interface BelegUpload {
  attachmentId: string;
  kind: string;
  belegnr?: string;
}

/**
 * The Stichprobe of one version from its requests (oldest first) and attachments: every Belegnr.
 * any request named, once, in the order first asked, with the due date of the latest request that
 * named it – a later request adds Belege or sets a new date, it never takes one back. Null when no
 * Stichprobe was requested.
 */
export const stichprobeStandOf = (
  requests: readonly StichprobeRecord[],
  attachments: readonly BelegUpload[],
): StichprobeStand | null => {
  if (requests.length === 0) return null;
  const byKey = new Map<string, StichprobeBeleg>();
  for (const request of requests)
    for (const belegnr of request.belegnummern) {
      const key = belegnrKey(belegnr);
      byKey.set(key, {
        belegnr: byKey.get(key)?.belegnr ?? belegnr,
        faelligAm: request.faelligAm,
        anlagen: [],
      });
    }
  for (const a of attachments) {
    const hit = a.kind === "beleg" && a.belegnr !== undefined ? byKey.get(belegnrKey(a.belegnr)) : undefined;
    hit?.anlagen.push(a.attachmentId);
  }
  const belege = [...byKey.values()];
  const offen = belege.filter((b) => b.anlagen.length === 0);
  const due = offen.map((b) => b.faelligAm).sort()[0];
  return {
    anforderungen: [...requests],
    belege,
    offen: offen.length,
    hinweis:
      due === undefined
        ? `Stichprobe: ${belege.length === 1 ? "der Beleg liegt" : `alle ${belege.length} Belege liegen`} vor`
        : `Stichprobe angefordert: ${formatCount(offen.length, "Beleg", "Belege")} bis ${formatDate(due)}`,
  };
};
