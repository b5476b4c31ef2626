import { formatEuro } from "../money/format-money";
import type { ProgramParams } from "./program-params";
import { findProgramme } from "./programmes";
import { roleLabel } from "./role-label";
import { weiterleitungWords } from "./weiterleitung";

const percent = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 2 });
/** Where a programme names its own steps of the city's check, or the neutral words when it does not. */
const PROGRAMME_TEXT_DEFAULTS = {
  pruefungGeprueft: "6. Prüfung der rechnerischen Richtigkeit",
  pruefungKenntnis: "7. Zur Kenntnis genommen",
  pruefungWeitergeleitet: "Zum Vorgang weitergeleitet",
  gegenstand: "Förderprogramm",
  budgetName: "Budget für präventive Angebote",
  koordinierungsstelle: "Koordinierungsstelle",
  leitung: "Leitung",
} as const;
const programmeOf = (p: { programmeId: string | undefined }) =>
  p.programmeId === undefined ? undefined : findProgramme(p.programmeId);
export const programmeText = (
  p: { programmeId: string | undefined },
  key: keyof typeof PROGRAMME_TEXT_DEFAULTS,
) => programmeOf(p)?.texte[key] ?? PROGRAMME_TEXT_DEFAULTS[key];

const SMALL_NUMBERS: Record<number, string> = {
  10: "zehn",
  11: "elf",
  12: "zwölf",
  15: "fünfzehn",
  20: "zwanzig",
};

/** Texts may name a parameter of the year as `{name}`; each is rendered from the year's parameters. */
const YEAR_PLACEHOLDERS = {
  verwaltungSatz: {
    doc: "‹Verwaltungssatz›",
    render: (p: ProgramParams) => `${percent.format(p.verwaltungCapBasisPoints / 100)} %`,
  },
  sachkostenCap: {
    doc: "‹Sachkosten-Höchstbetrag›",
    render: (p: ProgramParams) => formatEuro(p.sachkostenCap),
  },
  budgetCap: { doc: "‹Budget-Höchstbetrag›", render: (p: ProgramParams) => formatEuro(p.budgetCap) },
  budgetMaxZeilen: {
    doc: "‹Höchstzahl Budgetzeilen›",
    render: (p: ProgramParams) => String(p.budgetMaxZeilen),
  },
  aufbewahrungJahre: {
    doc: "‹Aufbewahrungsfrist›",
    // The form writes "mindestens zehn Jahre": small numbers in words, as German forms do.
    render: (p: ProgramParams) => SMALL_NUMBERS[p.aufbewahrungJahre] ?? String(p.aufbewahrungJahre),
  },
} as const satisfies Record<string, { doc: string; render: (p: ProgramParams) => string }>;

type ProgrammeRef = { programmeId: string | undefined };

/**
 * … or a word of the programme's pack as `{name}`, which holds for every year: field labels and
 * findings render these with the programme alone (`programmeLabel`), neutral words where none is known.
 */
const PROGRAMME_PLACEHOLDERS = {
  zuwendungsgeber: {
    doc: "‹Zuwendungsgeber›",
    render: (p: ProgrammeRef) => programmeOf(p)?.zuwendungsgeber ?? "Zuwendungsgeber",
  },
  pruefungGeprueft: {
    doc: "‹Prüfvermerk rechnerische Richtigkeit›",
    render: (p: ProgrammeRef) => programmeText(p, "pruefungGeprueft"),
  },
  pruefungKenntnis: {
    doc: "‹Kenntnisnahme›",
    render: (p: ProgrammeRef) => programmeText(p, "pruefungKenntnis"),
  },
  pruefungWeitergeleitet: {
    doc: "‹Weiterleitung›",
    render: (p: ProgrammeRef) => programmeText(p, "pruefungWeitergeleitet"),
  },
  weitergeleitetAm: {
    doc: "‹Weiterleitung am›",
    render: (p: ProgrammeRef) => weiterleitungWords(p.programmeId).datum,
  },
  gegenstand: {
    doc: "‹Gegenstand der Förderung›",
    render: (p: ProgrammeRef) => programmeText(p, "gegenstand"),
  },
  budgetName: {
    doc: "‹Name des Budgets›",
    render: (p: ProgrammeRef) => programmeText(p, "budgetName"),
  },
  rolleKoordinierung: {
    doc: "‹Rolle Koordinierung›",
    render: (p: ProgrammeRef) => roleLabel(p.programmeId, "koordinierung"),
  },
  rolleLeitung: {
    doc: "‹Rolle Leitung›",
    render: (p: ProgrammeRef) => roleLabel(p.programmeId, "leitung"),
  },
  empfaenger: {
    doc: "‹Empfänger des Nachweises›",
    render: (p: ProgrammeRef) => programmeOf(p)?.empfaenger ?? "",
  },
  // The pack writes the address on one line, parts joined by " · "; the form prints a line each.
  empfaengerZeilen: {
    doc: "‹Empfänger des Nachweises, eine Zeile je Teil›",
    render: (p: ProgrammeRef) => (programmeOf(p)?.empfaenger ?? "").split(" · ").join("\n"),
  },
} as const satisfies Record<string, { doc: string; render: (p: ProgrammeRef) => string }>;

const PLACEHOLDERS = { ...YEAR_PLACEHOLDERS, ...PROGRAMME_PLACEHOLDERS };

export type Placeholder = keyof typeof PLACEHOLDERS;

const PATTERN = /\{(\w+)\}/g;

const fill = <K extends string>(
  template: string,
  keys: Readonly<Record<K, unknown>>,
  value: (key: K) => string,
): string =>
  template.replace(PATTERN, (whole, key: string) => (Object.hasOwn(keys, key) ? value(key as K) : whole));

/** "höchstens {verwaltungSatz} der Personalkosten" → "höchstens 13 % der Personalkosten". */
export const renderText = (template: string, params: ProgramParams): string =>
  fill(template, PLACEHOLDERS, (key) => PLACEHOLDERS[key].render(params));

/**
 * A label or message that names the programme („4. Kosten … ({budgetName})“) in its pack's words;
 * without a programme, in neutral ones. Parameters of a year stay as written: a label has no year.
 */
export const programmeLabel = (template: string, programmeId: string | undefined): string =>
  fill(template, PROGRAMME_PLACEHOLDERS, (key) => PROGRAMME_PLACEHOLDERS[key].render({ programmeId }));

/** For documentation that holds for every year: the parameter's name instead of a value. */
export const describeText = (template: string): string =>
  fill(template, PLACEHOLDERS, (key) => PLACEHOLDERS[key].doc);
