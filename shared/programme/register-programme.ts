import { addProgramme } from "./programmes";
import { programmePackSchema, type Programme } from "./programme-schema";

/**
 * Parses a pack that is no folder of the product and adds it to PROGRAMMES (tests only: the
 * product's packs are parsed at build time). Register before anything reads PROGRAMMES.
 */
export const registerProgramme = (pack: unknown): Programme => addProgramme(programmePackSchema.parse(pack));
