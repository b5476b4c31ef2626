import type { z } from "zod";
import { LEGACY_PROGRAMME_ID } from "../../shared/programme/programmes";

/**
 * Every stored item carries the schema version it was written with; reading upgrades it step by
 * step to today's shape before parsing, so a field added tomorrow never turns yesterday's versions
 * into 500s, and nothing stored is ever rewritten.
 *  1 – the first records (Lüneburg only), without `schemaVersion`
 *  2 – `meta.programmeId` in heads and filing content
 *  3 – the status „sachlich geprüft“ (a Jahresbericht's Prüfung) and the optional Prüfvermerk of a
 *      version's Prüfung; only additions, so the step from 2 changes nothing stored
 *  4 – the Belegliste of a Verwendungsnachweis (`data.belegliste`, one row per Beleg)
 */
export const SCHEMA_VERSION = 4;

/**
 * SHA-256 of the stored shapes (head and version, whose content is docs/filing.schema.json) each
 * released version was written with, from `schemaFingerprint` in tests/evolution. A schema change
 * without a new entry here, an upgrade step and golden fixtures fails tests/evolution
 * (docs/data-model.md, „Schema ändern“). Version 1 predates the guard.
 */
export const SCHEMA_FINGERPRINTS: Readonly<Record<number, string>> = {
  2: "028ec11b35c241e6266ddfe6784a7fe100a171a2d4a34f7e2c47739265fe8a9c",
  3: "424715060aff9ed59d07f236c88cc077ac2aca68730c247212fc3b265c609c72",
  4: "01c4a8a723dd303adcc5ce1f30d8dd013a71753964c330d71d2d7ce3b19d01ea",
};

export type RawRecord = Record<string, unknown>;
export type Upgrade = (raw: RawRecord) => RawRecord;

const withProgramme = (meta: unknown): unknown =>
  meta !== null && typeof meta === "object" && !("programmeId" in meta)
    ? { programmeId: LEGACY_PROGRAMME_ID, ...meta }
    : meta;

/** Upgrade from version n to n + 1, keyed by n. Applies to heads and versions alike. */
export const UPGRADES: Record<number, Upgrade> = {
  1: (raw) => ({
    ...raw,
    ...("meta" in raw && { meta: withProgramme(raw.meta) }),
    ...(raw.content !== null &&
      typeof raw.content === "object" && {
        content: { ...raw.content, meta: withProgramme((raw.content as RawRecord).meta) },
      }),
  }),
  // Version 3 only widened the shapes (a status, optional fields): a version-2 record is already one.
  2: (raw) => raw,
  // Version 4 added `belegliste` to a Verwendungsnachweis with the schema default `[]`: a version-3
  // content without it parses to „keine Belege“, which is what it said (there was no Belegliste
  // then). Writing `[]` here would only repeat the default; heads carry no content at all.
  3: (raw) => raw,
};

/** Runs the upgrades from the record's version to `target`; a record from the future is left as it is. */
export const upgradeRecord = (
  raw: RawRecord,
  upgrades: Record<number, Upgrade> = UPGRADES,
  target: number = SCHEMA_VERSION,
): RawRecord => {
  let version = typeof raw.schemaVersion === "number" ? raw.schemaVersion : 1;
  let record = raw;
  for (; version < target; version++) {
    const step = upgrades[version];
    if (!step) throw new Error(`Kein Upgrade von Schema-Version ${version}`);
    record = step(record);
  }
  return { ...record, schemaVersion: version };
};

/** A stored item as today's (or a given) schema sees it: upgraded, then parsed. */
export const readStored = <T extends z.ZodType>(
  schema: T,
  raw: RawRecord,
  upgrades?: Record<number, Upgrade>,
  target?: number,
): z.infer<T> => schema.parse(upgradeRecord(raw, upgrades, target));
