import { filingKey, type Filing } from "../../shared/filing/filing";
import { formOf } from "../../shared/filing/forms";
import type { SubmissionReads } from "./filing-store";
import { cachedParams, loadParams, type VersionedParams } from "./params-cache";
import type { ServiceDeps } from "./service-deps";

export interface SubmissionContext extends SubmissionReads {
  filingId: string;
  params: VersionedParams;
  /** The parameters came from this container's cache (they may be stale; see submitFiling). */
  cachedParams: boolean;
}

/**
 * Round one of a submission: the idempotency record, the head, the cross-check partner's head (one
 * BatchGetItem) and, unless this container has them, the year's parameters (a query, in parallel).
 * The transaction is round two; only a Jahresbericht with a stored Verwendungsnachweis reads that
 * version in between (its version number is on the partner's head).
 */
export const readSubmissionContext = async (
  filing: Filing,
  idempotency: { sub: string; key: string } | undefined,
  deps: ServiceDeps,
): Promise<SubmissionContext> => {
  const filingId = filingKey(filing.kind, filing.meta);
  const partnerKind = formOf(filing.kind).crossCheckWith;
  const cached = cachedParams(deps.store, filing.meta);
  const [reads, params] = await Promise.all([
    deps.store.readSubmission({
      filingId,
      ...(partnerKind && { partnerFilingId: filingKey(partnerKind, filing.meta) }),
      ...(idempotency && { idempotency }),
    }),
    cached ?? loadParams(deps.store, filing.meta),
  ]);
  return { filingId, params, cachedParams: cached !== undefined, ...reads };
};

/** The partner's latest stored version, when it is a Verwendungsnachweis (what a Jahresbericht is checked with). */
export const partnerContent = async (context: SubmissionContext, deps: ServiceDeps) => {
  const head = context.partnerHead;
  if (!head) return undefined;
  const version = await deps.store.getVersion(head.filingId, head.latestVersion);
  return version?.content.kind === "verwendungsnachweis" ? version.content.data : undefined;
};
