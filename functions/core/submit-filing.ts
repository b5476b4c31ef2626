import { createHash } from "node:crypto";
import { SUBMITTABLE_FROM } from "../../shared/domain/lifecycle";
import type { Filing } from "../../shared/filing/filing";
import { formOf } from "../../shared/filing/forms";
import { hasFehler, type Finding } from "../../shared/rules/finding";
import { mergeInputFindings } from "../../shared/rules/merge-input-findings";
import { validate } from "../../shared/rules/validate";
import type { SubmissionSource } from "../../shared/api/records";
import { actorOf } from "./actor-of";
import { idempotencyKeySchema, type SubmitResponse } from "../../shared/api/api-schemas";
import { BadRequestError, ConflictError, ForbiddenError, InvalidFilingError, NotFoundError } from "./errors";
import { dropCachedParams } from "./params-cache";
import { partnerContent, readSubmissionContext } from "./read-submission-context";
import { StaleParamsError } from "./stale-params-error";
import { VersionCapError } from "./version-cap-error";
import { idempotencyConflict } from "./idempotency-conflict";
import { parseFilingBody } from "./parse-filing-body";
import { originalOf } from "./original-of";
import type { OriginalFile } from "./filing-store";
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
  const original = originalOf(input.rawBody, input.source);
  const sha256 = sha256Hex(original.bytes);
  const idempotency = key === undefined ? undefined : { sub: principal.sub, key };
  const parsed = await parseOrFindReplay(input.body, idempotency, sha256, deps);
  if ("replay" in parsed) return replayResponse(parsed.replay, deps);
  const { filing } = parsed;
  if (filing.meta.traegerId !== principal.traegerId)
    throw new ForbiddenError(
      "Ein Träger kann nur eigene Verwendungsnachweise und Jahresberichte einreichen.",
    );
  requireProgrammeTraeger(filing.meta, principal);
  for (let attempt = 1; ; attempt++) {
    try {
      return await submitOnce(principal, filing, { ...input, sha256, idempotency, original }, deps);
    } catch (err) {
      // The parameters changed under this container's cache: validate again with the new ones.
      if (!(err instanceof StaleParamsError)) throw err;
      if (attempt === STALE_PARAMS_ATTEMPTS)
        throw new ConflictError(
          "Die Programmparameter des Förderjahres wurden während der Einreichung mehrfach geändert; nichts wurde gespeichert. Bitte erneut senden.",
        );
      dropCachedParams(deps.store, filing.meta);
    }
  }
};

const STALE_PARAMS_ATTEMPTS = 3;

/**
 * A body that no longer parses may still repeat one stored earlier (the schema changed in between):
 * a repeated request is answered from what was stored, whatever changed since.
 */
const parseOrFindReplay = async (
  body: unknown,
  idempotency: { sub: string; key: string } | undefined,
  sha256: string,
  deps: ServiceDeps,
): Promise<{ filing: Filing } | { replay: IdempotencyRecord }> => {
  try {
    return { filing: parseFilingBody(body) };
  } catch (err) {
    const earlier = idempotency && (await deps.store.getIdempotencyRecord(idempotency.sub, idempotency.key));
    if (earlier?.requestSha256 === sha256) return { replay: earlier };
    throw err;
  }
};

const submitOnce = async (
  principal: Principal,
  filing: Filing,
  input: SubmitFilingInput & {
    sha256: string;
    idempotency?: { sub: string; key: string };
    original: OriginalFile;
  },
  deps: ServiceDeps,
): Promise<SubmitResponse> => {
  const context = await readSubmissionContext(filing, input.idempotency, deps);
  // A repeated request is answered from what was stored, even if the parameters changed since.
  if (context.record && context.record.requestSha256 !== input.sha256) throw idempotencyConflict();
  if (context.record) return replayResponse(context.record, deps);
  const { params, version: paramsVersion } = context.params;
  // A refusal is never answered from cached parameters: newer ones may allow what these refuse.
  const refuse = (err: Error) => (context.cachedParams ? new StaleParamsError() : err);
  try {
    requireAssignment(filing.meta, params);
  } catch (err) {
    throw refuse(err as Error);
  }
  const verwendungsnachweis = await partnerContent(context, deps);
  const ruleFindings = validate(filing, params, { verwendungsnachweis });
  const findings = input.inputFindings ? mergeInputFindings(input.inputFindings, ruleFindings) : ruleFindings;
  if (hasFehler(findings)) throw refuse(new InvalidFilingError(findings));

  const append = deps.store.appendVersion({
    filingId: context.filingId,
    content: filing,
    findings,
    sha256: input.sha256,
    by: actorOf(principal),
    at: deps.clock().toISOString(),
    signer: formOf(filing.kind).signer(filing.data as never),
    source: input.source,
    original: input.original,
    submittableFrom: SUBMITTABLE_FROM,
    idempotency: input.idempotency,
    read: { head: context.head },
    paramsUsed: { programmeId: filing.meta.programmeId, year: filing.meta.year, version: paramsVersion },
    maxVersions: params.maxVersionen,
  });
  const result = await append.catch((err: unknown) => {
    throw err instanceof VersionCapError ? refuse(err) : err;
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
