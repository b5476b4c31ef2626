import { createHash } from "node:crypto";
import { SUBMITTABLE_FROM } from "../../shared/domain/lifecycle";
import { filingKey, type Filing } from "../../shared/filing/filing";
import { formOf } from "../../shared/filing/forms";
import { hasFehler, type Finding } from "../../shared/rules/finding";
import { mergeInputFindings } from "../../shared/rules/merge-input-findings";
import { validate } from "../../shared/rules/validate";
import type { SubmissionSource } from "../../shared/api/records";
import { actorOf } from "./actor-of";
import { idempotencyKeySchema, type SubmitResponse } from "../../shared/api/api-schemas";
import { BadRequestError, ForbiddenError, InvalidFilingError, NotFoundError } from "./errors";
import { getParams } from "./get-params";
import { idempotencyConflict } from "./idempotency-conflict";
import { parseFilingBody } from "./parse-filing-body";
import { requireAssignment, requireProgrammeTraeger } from "./require-assignment";
import { requireSubmitter } from "./require-submitter";
import type { Principal } from "./principal";
import type { ServiceDeps } from "./service-deps";
import type { IdempotencyRecord } from "./idempotency-record";

export interface SubmitFilingInput {
  /** The parsed JSON body (checked against filingSchema here) or a Filing read from a workbook. */
  body: unknown;
  /** Exactly the bytes that were sent; their SHA-256 is recorded and compared on replays. */
  rawBody: string | Uint8Array;
  source: SubmissionSource;
  idempotencyKey?: string;
  /**
   * What reading the input already found (EINGABE-* for workbook cells that could not be read, each
   * at its cell). Merged with the rule findings; a Fehler among them stops the submission.
   */
  inputFindings?: readonly Finding[];
}

const sha256Hex = (raw: string | Uint8Array) => createHash("sha256").update(raw).digest("hex");

/** The latest stored filing a form is cross-checked with (a Jahresbericht's Verwendungsnachweis). */
const crossCheckPartner = async (filing: Filing, deps: ServiceDeps) => {
  const partnerKind = formOf(filing.kind).crossCheckWith;
  if (!partnerKind) return undefined;
  const filingId = filingKey(partnerKind, filing.meta);
  const head = await deps.store.getHead(filingId);
  const version = head && (await deps.store.getVersion(filingId, head.latestVersion));
  return version?.content.kind === "verwendungsnachweis" ? version.content.data : undefined;
};

const replayResponse = async (record: IdempotencyRecord, deps: ServiceDeps): Promise<SubmitResponse> => {
  const version = await deps.store.getVersion(record.filingId, record.version);
  if (!version) throw new NotFoundError();
  return {
    filingId: record.filingId,
    version: record.version,
    status: record.status,
    findings: version.findings,
    replayed: true,
  };
};

/**
 * Stores a Träger's filing as a new version: parse, authorise, validate with the year's parameters
 * (and, for a Jahresbericht, the stored Verwendungsnachweis), add what reading the input found, then
 * one transaction in the store. Fehler → InvalidFilingError and nothing is written; warnings and
 * hints are kept with the version.
 */
export const submitFiling = async (
  principal: Principal,
  input: SubmitFilingInput,
  deps: ServiceDeps,
): Promise<SubmitResponse> => {
  requireSubmitter(principal);
  const key = input.idempotencyKey;
  if (key !== undefined && !idempotencyKeySchema.safeParse(key).success)
    throw new BadRequestError("Der Idempotency-Key muss aus 1 bis 255 sichtbaren ASCII-Zeichen bestehen.");
  const sha256 = sha256Hex(input.rawBody);
  const idempotency = key === undefined ? undefined : { sub: principal.sub, key };
  // A repeated request is answered from what was stored, even if the parameters changed since.
  const earlier = idempotency && (await deps.store.getIdempotencyRecord(idempotency.sub, idempotency.key));
  if (earlier && earlier.requestSha256 !== sha256) throw idempotencyConflict();
  if (earlier) return replayResponse(earlier, deps);

  const filing = parseFilingBody(input.body);
  if (filing.meta.traegerId !== principal.traegerId)
    throw new ForbiddenError(
      "Ein Träger kann nur eigene Verwendungsnachweise und Jahresberichte einreichen.",
    );
  requireProgrammeTraeger(filing.meta, principal);
  const [params, verwendungsnachweis] = await Promise.all([
    getParams(filing.meta, deps),
    crossCheckPartner(filing, deps),
  ]);
  requireAssignment(filing.meta, params);
  const ruleFindings = validate(filing, params, { verwendungsnachweis });
  const findings = input.inputFindings ? mergeInputFindings(input.inputFindings, ruleFindings) : ruleFindings;
  if (hasFehler(findings)) throw new InvalidFilingError(findings);

  const result = await deps.store.appendVersion({
    filingId: filingKey(filing.kind, filing.meta),
    content: filing,
    findings,
    sha256,
    by: actorOf(principal),
    at: deps.clock().toISOString(),
    signer: formOf(filing.kind).signer(filing.data as never),
    source: input.source,
    submittableFrom: SUBMITTABLE_FROM,
    idempotency,
  });
  if (result.replayed) return replayResponse(result.record, deps);
  return {
    filingId: result.head.filingId,
    version: result.head.latestVersion,
    status: result.head.status,
    findings,
    replayed: false,
  };
};
