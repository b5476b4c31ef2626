import type { FilingHead } from "../../shared/api/records";
import type { FilingRecords } from "../../shared/api/records-schemas";
import type { ProgramParams } from "../../shared/programme/program-params";
import { formatIsoDay, retentionUntil } from "../../shared/records/retention";
import { attachmentList } from "./list-attachments";
import type { ServiceDeps } from "./service-deps";

/** „aufzubewahren bis …“ and whether the latest version's signed receipt is there. */
export const filingRecords = async (
  head: FilingHead,
  params: ProgramParams,
  deps: Pick<ServiceDeps, "store">,
): Promise<FilingRecords> => {
  const until = retentionUntil(head.meta.year, params.aufbewahrungJahre);
  const signature = attachmentList(await deps.store.listAttachments(head.filingId, head.latestVersion));
  return {
    aufzubewahrenBis: until,
    aufbewahrungHinweis: `aufzubewahren bis ${formatIsoDay(until)}`,
    unterschriftErforderlich: head.kind === "verwendungsnachweis" && params.unterschriftErforderlich,
    unterschriftLiegtVor: signature.unterschriftLiegtVor,
    unterschriftHinweis: signature.unterschriftHinweis,
  };
};
