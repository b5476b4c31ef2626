import { PROGRAMME_PACKS } from "./packs.generated";
import type { Programme } from "./programme-schema";

/**
 * Every programme pack in `shared/programme/packs/`, already parsed with `programmePackSchema`: the
 * generator (`scripts/generate-programme-registry.mjs`, run on install, test, start and CLI build)
 * parses them at build time, so loading this module runs no schema. A new programme is a new folder
 * and nothing else.
 */
const registry: Programme[] = [...PROGRAMME_PACKS];
export const PROGRAMMES: readonly Programme[] = registry;

/**
 * Adds a parsed pack that is no folder of the product: the one way tests bring their own programmes
 * (tests/setup/test-programmes.ts registers tests/programmes/packs/ through register-programme.ts,
 * which parses them), so no fictional programme ships in GET /programmes, a Lambda bundle or the CLI.
 * An id that exists already is refused.
 */
export const addProgramme = (programme: Programme): Programme => {
  if (registry.some((p) => p.id === programme.id))
    throw new Error(`Förderprogramm „${programme.id}“ gibt es schon`);
  registry.push(programme);
  return programme;
};

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
