import type { FilingComment, FilingDetail, VersionInfo } from "../../shared/api/api-schemas";
import { withCurrentCrossCheck } from "../../shared/rules/cross-check-findings";
import { currentVerwendungsnachweis } from "./current-verwendungsnachweis";
import { getParams } from "./get-params";
import { loadVisible } from "./load-visible-head";
import type { Principal } from "./principal";
import type { ServiceDeps } from "./service-deps";
import { toSummary } from "./to-summary";
import { NotFoundError } from "./errors";
import { filingRecords } from "./filing-records";
import { zahlungsStandOf } from "./zahlungs-stand-of";

/** Head, latest version with content, every version's submission, the audit trail and all comments. */
export const getFiling = async (
  principal: Principal,
  filingId: string,
  deps: ServiceDeps,
): Promise<FilingDetail> => {
  // A Tandem partner's visibility check already loaded the year's parameters.
  const { head, params: loaded } = await loadVisible(principal, filingId, deps);
  const [params, latest, audit] = await Promise.all([
    loaded ?? getParams(head.meta, deps),
    deps.store.getVersion(filingId, head.latestVersion),
    deps.store.listAudit(filingId),
  ]);
  if (!latest) throw new NotFoundError();
  // A Jahresbericht is shown compared with the Verwendungsnachweis as it stands now, not as it stood
  // at the Jahresbericht's submit – but only to whom that Verwendungsnachweis is visible (a Tandem
  // partner reads the Jahresbericht, never the Träger's Verwendungsnachweis).
  const recheck =
    latest.content.kind === "jahresbericht" &&
    (principal.role !== "traeger" || principal.traegerId === head.meta.traegerId);
  const current = recheck
    ? {
        ...latest,
        findings: withCurrentCrossCheck(
          latest.findings,
          latest.content,
          await currentVerwendungsnachweis(head.meta, deps),
          params,
        ),
      }
    : latest;
  const versions: VersionInfo[] = audit
    .filter((e) => e.action === "einreichen")
    .map((e) => ({ version: e.version, submittedAt: e.at, submittedBy: { sub: e.by.sub, name: e.by.name } }));
  const comments: FilingComment[] = audit.flatMap((e) =>
    e.comments.map((c) => ({ ...c, version: e.version, at: e.at, by: e.by, action: e.action })),
  );
  const records = await filingRecords(head, params, deps);
  const money = await zahlungsStandOf(head, latest, audit, params, deps);
  return {
    filing: toSummary(head, params, deps.clock()),
    latest: current,
    versions,
    audit,
    comments,
    records,
    ...(money && { zahlungen: money.stand, zahlungsBefunde: money.befunde }),
  };
};
