import { PROGRAMME_PACKS } from "./packs.generated";
import type { Programme } from "./programme-schema";

/**
 * Every programme pack in `shared/programme/packs/`, already parsed with `programmePackSchema`: the
 * generator (`scripts/generate-programme-registry.mjs`, run on install, test, start and CLI build)
 * parses them at build time, so loading this module runs no schema. A new programme is a new folder
 * and nothing else.
 */
export const PROGRAMMES: readonly Programme[] = PROGRAMME_PACKS;

/**
 * Filings and workbooks from before programmes existed (schema and layout version 1) all belong to
 * the Lüneburg Stadtteilmanagement: the upgrade steps fill this in.
 */
export const LEGACY_PROGRAMME_ID = "stadtteilmanagement";

export const findProgramme = (id: string): Programme | undefined => PROGRAMMES.find((p) => p.id === id);

/** The programme of an id the caller has already checked; an unknown id is a bug, not user input. */
export const programmeById = (id: string): Programme => {
  const programme = findProgramme(id);
  if (!programme) throw new Error(`Unbekanntes Förderprogramm „${id}“`);
  return programme;
};
