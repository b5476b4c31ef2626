import { formatEuro } from "../money/format-money";
import type { ProgramParams } from "./program-params";
import { findProgramme } from "./programmes";
import { roleLabel } from "./role-label";

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
export const programmeText = (
  p: Pick<ProgramParams, "programmeId">,
  key: keyof typeof PROGRAMME_TEXT_DEFAULTS,
) => findProgramme(p.programmeId)?.texte[key] ?? PROGRAMME_TEXT_DEFAULTS[key];

const SMALL_NUMBERS: Record<number, string> = {
  10: "zehn",
  11: "elf",
  12: "zwölf",
  15: "fünfzehn",
  20: "zwanzig",
};

/** Texts may name a parameter as `{name}`; each is rendered from the year's parameters. */
const PLACEHOLDERS = {
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
  zuwendungsgeber: {
    doc: "‹Zuwendungsgeber›",
    render: (p: ProgramParams) => findProgramme(p.programmeId)?.zuwendungsgeber ?? "Zuwendungsgeber",
  },
  pruefungGeprueft: {
    doc: "‹Prüfvermerk rechnerische Richtigkeit›",
    render: (p: ProgramParams) => programmeText(p, "pruefungGeprueft"),
  },
  pruefungKenntnis: {
    doc: "‹Kenntnisnahme›",
    render: (p: ProgramParams) => programmeText(p, "pruefungKenntnis"),
  },
  pruefungWeitergeleitet: {
    doc: "‹Weiterleitung›",
    render: (p: ProgramParams) => programmeText(p, "pruefungWeitergeleitet"),
  },
  gegenstand: {
    doc: "‹Gegenstand der Förderung›",
    render: (p: ProgramParams) => programmeText(p, "gegenstand"),
  },
  budgetName: {
    doc: "‹Name des Budgets›",
    render: (p: ProgramParams) => programmeText(p, "budgetName"),
  },
  rolleKoordinierung: {
    doc: "‹Rolle Koordinierung›",
    render: (p: ProgramParams) => roleLabel(p.programmeId, "koordinierung"),
  },
  rolleLeitung: {
    doc: "‹Rolle Leitung›",
    render: (p: ProgramParams) => roleLabel(p.programmeId, "leitung"),
  },
  empfaenger: {
    doc: "‹Empfänger des Nachweises›",
    render: (p: ProgramParams) => findProgramme(p.programmeId)?.empfaenger ?? "",
  },
  // The pack writes the address on one line, parts joined by " · "; the form prints a line each.
  empfaengerZeilen: {
    doc: "‹Empfänger des Nachweises, eine Zeile je Teil›",
    render: (p: ProgramParams) => (findProgramme(p.programmeId)?.empfaenger ?? "").split(" · ").join("\n"),
  },
} as const satisfies Record<string, { doc: string; render: (p: ProgramParams) => string }>;

export type Placeholder = keyof typeof PLACEHOLDERS;

const PATTERN = /\{(\w+)\}/g;

const fill = (template: string, value: (key: Placeholder) => string): string =>
  template.replace(PATTERN, (whole, key: string) =>
    key in PLACEHOLDERS ? value(key as Placeholder) : whole,
  );

/** "höchstens {verwaltungSatz} der Personalkosten" → "höchstens 13 % der Personalkosten". */
export const renderText = (template: string, params: ProgramParams): string =>
  fill(template, (key) => PLACEHOLDERS[key].render(params));

/** For documentation that holds for every year: the parameter's name instead of a value. */
export const describeText = (template: string): string => fill(template, (key) => PLACEHOLDERS[key].doc);
