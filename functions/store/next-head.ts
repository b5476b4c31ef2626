import { statusLabel } from "../../shared/programme/lifecycle-words";
import { filingAmounts } from "../../shared/consolidate/filing-amounts";
import type { FilingHead } from "../../shared/api/records";
import { ConflictError } from "../core/errors";
import type { AppendVersionInput } from "../core/filing-store";
import { VersionCapError } from "../core/version-cap-error";
import { countFindings } from "./count-findings";

/**
 * The head after a submission on `current` – or why there is none: the status does not allow a new
 * version, or the year's version cap is reached. One decision for every FilingStore implementation.
 */
export const nextHead = (input: AppendVersionInput, current: FilingHead | undefined): FilingHead => {
  const status = current?.status ?? null;
  if (!input.submittableFrom.includes(status))
    throw new ConflictError(
      `Der Vorgang ist „${statusLabel(input.content.meta.programmeId, status ?? "entwurf")}“; eine neue Version kann erst nach einer Rückgabe durch die Koordinierungsstelle eingereicht werden.`,
    );
  const version = (current?.latestVersion ?? 0) + 1;
  if (input.maxVersions !== undefined && version > input.maxVersions)
    throw new VersionCapError(input.maxVersions);
  return {
    filingId: input.filingId,
    kind: input.content.kind,
    meta: input.content.meta,
    status: "eingereicht",
    latestVersion: version,
    auditSeq: (current?.auditSeq ?? 0) + 1,
    createdAt: current?.createdAt ?? input.at,
    updatedAt: input.at,
    submittedAt: input.at,
    findingCounts: countFindings(input.findings),
    amounts: filingAmounts(input.content),
  };
};
