import type { ProgramParams, ProgrammeYear } from "./program-params";
import { DEFAULT_MAX_VERSIONEN, type Programme } from "./programme-schema";
import { programmeById } from "./programmes";
import { defaultPruefungParams } from "./pruefung-params";

const dueDate = (year: number, due: { jahrVersatz: number; tag: string }) =>
  `${year + due.jahrVersatz}-${due.tag}`;

/** A programme's parameters for a Förderjahr as its pack defines them: defaults plus that year's changes. */
export const paramsForYear = (programme: Programme, year: number): ProgramParams => {
  const settings = { ...programme.defaults, ...programme.jahre[String(year)] };
  return {
    programmeId: programme.id,
    year,
    verwaltungCapBasisPoints: settings.verwaltungCapBasisPoints,
    sachkostenCap: settings.sachkostenCap,
    budgetCap: settings.budgetCap,
    budgetMaxZeilen: settings.budgetMaxZeilen,
    aufbewahrungJahre: settings.aufbewahrungJahre,
    jahresberichtFaellig: dueDate(year, settings.faellig.jahresbericht),
    verwendungsnachweisFaellig: dueDate(year, settings.faellig.verwendungsnachweis),
    zuordnungen: settings.zuordnungen.map((z) => ({ ...z })),
    zuschuesse: settings.zuschuesse.map((z) => ({ ...z })),
    ausnahmen: [],
    regelSchwere: { ...settings.regelSchwere },
    maxVersionen: settings.maxVersionen ?? DEFAULT_MAX_VERSIONEN,
    unterschriftErforderlich: settings.unterschriftErforderlich ?? false,
    schwaerzungFreigegeben: settings.schwaerzungFreigegeben ?? false,
    ...defaultPruefungParams(),
  };
};

/** The pack's parameters for a filing's programme and year – what applies until the city stores others. */
export const defaultProgramParams = (at: ProgrammeYear): ProgramParams =>
  paramsForYear(programmeById(at.programmeId), at.year);
