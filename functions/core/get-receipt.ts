import { pruefvermerkOf } from "../../shared/pruefung/pruefvermerk-of";
import { receiptDocument } from "../../shared/records/receipt-document";
import { loadVersion } from "./get-version";
import { loadVisibleHead } from "./load-visible-head";
import type { PdfRenderer } from "./pdf-renderer";
import type { Principal } from "./principal";
import type { ServiceDeps } from "./service-deps";

export interface ReceiptPdf {
  filename: string;
  body: Uint8Array;
}

/** The Eingangsbestätigung of a version, for whoever may see the filing; rendered on demand. */
export const getReceipt = async (
  principal: Principal,
  filingId: string,
  version: number,
  deps: ServiceDeps,
  renderer: PdfRenderer,
): Promise<ReceiptPdf> => {
  const head = await loadVisibleHead(principal, filingId, deps);
  const [record, audit] = await Promise.all([
    loadVersion(head, version, deps),
    deps.store.listAudit(filingId),
  ]);
  return {
    filename: `eingangsbestaetigung-${filingId}-v${version}.pdf`,
    body: await renderer.render(receiptDocument(record, pruefvermerkOf(audit, version))),
  };
};
