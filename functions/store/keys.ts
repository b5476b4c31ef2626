import type { FilingMeta } from "../../shared/filing/filing";
import type { ProgrammeYear } from "../../shared/programme/program-params";

/**
 * Key layout of the single table (see docs/data-model.md). Numbers are zero-padded so the sort
 * key orders them; slugs hold no "#", so "#" separates safely.
 */
const pad = (n: number) => String(n).padStart(6, "0");

export const filingPk = (filingId: string) => `FILING#${filingId}`;
export const HEAD_SK = "HEAD";
export const VERSION_PREFIX = "VERSION#";
export const versionSk = (version: number) => `${VERSION_PREFIX}${pad(version)}`;
export const chunkSk = (version: number, index: number) => `${versionSk(version)}#CHUNK#${pad(index)}`;
/** The original as received of a version, in chunks (original-items.ts). */
export const originalPrefix = (version: number) => `ORIGINAL#${pad(version)}#`;
export const originalChunkSk = (version: number, index: number) => `${originalPrefix(version)}${pad(index)}`;
/**
 * Attachments of a version: the record under ATTACHMENT#, its bytes under ATTACHDATA#, so listing
 * a version's attachments never reads their bytes (attachment-items.ts).
 */
export const attachmentPrefix = (version: number) => `ATTACHMENT#${pad(version)}#`;
export const attachmentSk = (version: number, id: string) => `${attachmentPrefix(version)}${id}`;
export const attachmentDataPrefix = (version: number, id: string) => `ATTACHDATA#${pad(version)}#${id}#`;
export const attachmentDataSk = (version: number, id: string, index: number) =>
  `${attachmentDataPrefix(version, id)}${pad(index)}`;
export const AUDIT_PREFIX = "AUDIT#";
export const auditSk = (seq: number) => `${AUDIT_PREFIX}${pad(seq)}`;

/**
 * GSI1 lists the heads of a programme's year; the sort key starts with the Träger so one Träger is a
 * prefix.
 */
export const yearGsiPk = (at: ProgrammeYear) => `PROGRAMME#${at.programmeId}#YEAR#${at.year}`;
export const traegerGsiPrefix = (traegerId: string) => `${traegerId}#`;
export const yearGsiSk = (kind: string, meta: FilingMeta) => `${meta.traegerId}#${kind}#${meta.districtId}`;

/**
 * Idempotency keys are scoped to the caller, so one client's key never answers for another. A `sub`
 * may hold "#" (an OIDC subject is any string), so it is length-prefixed: `IDEMPOTENCY#<length>#<sub>#<key>`
 * reads back one way only, and ("a#b", "c") can never meet ("a", "b#c").
 */
export const idempotencyPk = (sub: string, key: string) => `IDEMPOTENCY#${sub.length}#${sub}#${key}`;
export const IDEMPOTENCY_SK = "IDEMPOTENCY";

export const paramsPk = (at: ProgrammeYear) => `PARAMS#${at.programmeId}#${at.year}`;
export const PARAMS_PREFIX = "PARAMS#";
export const paramsSk = (version: number) => `${PARAMS_PREFIX}${pad(version)}`;

/** A Träger's draft of a filing: one item, overwritten on every save, outside the year index. */
export const draftPk = (filingId: string) => `DRAFT#${filingId}`;
export const DRAFT_SK = "DRAFT";
