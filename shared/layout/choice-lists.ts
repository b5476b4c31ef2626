import { LEISTUNGSARTEN, PERSONENGRUPPEN } from "../domain/leistungsarten";
import { WIRKUNGSTREPPE, wirkungsstufeLabel } from "../domain/wirkungstreppe";
import { PROGRAMMES } from "../programme/programmes";
import { programmeLabel, programmeText } from "../programme/render-text";
import type { ChoiceListKey } from "./layout-types";

export interface ChoiceOption {
  value: string | number | boolean;
  label: string;
  /** Further spellings a user may type (key, short label, bare step number). */
  aliases: string[];
  /** The label in a programme's own words, where it names the programme (else `label`). */
  labelFor?: (programmeId: string) => string;
}

export interface ChoiceList {
  /** Defined name of the list range on the hidden metadata sheet (dropdown source). */
  name: string;
  title: string;
  options: ChoiceOption[];
}

const shortLabel = (label: string) => label.replace(/\s*\(.*\)$/, "");

/**
 * 3.2's first group is the programme's own staff, named as the programme names itself („Stadtteil-
 * management (Stunden/Woche)“ in Lüneburg); every programme's wording reads back as the same key.
 * Where no programme is known the label is the neutral one.
 */
const ownStaff = (key: string, template: string): ChoiceOption => {
  const ownStaffLabel = (programmeId: string) => programmeLabel(template, programmeId);
  const label = programmeLabel(template, undefined);
  const labels = PROGRAMMES.map((p) => ownStaffLabel(p.id));
  return {
    value: key,
    label,
    aliases: [...new Set([key, shortLabel(label), ...labels, ...labels.map(shortLabel)])],
    labelFor: ownStaffLabel,
  };
};

/** The budget's Kostenart in the programme's own words („Stadtteilmanagementbudget“ in Lüneburg). */
const budgetLabel = (programmeId: string) => programmeText({ programmeId }, "budgetName");

export const CHOICE_LISTS: Record<ChoiceListKey, ChoiceList> = {
  wirkungstreppe: {
    name: "LST_wirkungstreppe",
    title: "Stufe der Wirkungstreppe",
    options: WIRKUNGSTREPPE.map((s) => ({
      value: s.stufe,
      label: wirkungsstufeLabel(s.stufe),
      aliases: [String(s.stufe), s.label, `${s.stufe} - ${s.label}`, `${s.stufe} ${s.label}`],
    })),
  },
  leistungsart: {
    name: "LST_leistungsart",
    title: "Art der Leistung",
    options: Object.entries(LEISTUNGSARTEN).map(([key, label]) => ({
      value: key,
      label,
      aliases: [key, shortLabel(label)],
    })),
  },
  personengruppe: {
    name: "LST_personengruppe",
    title: "Gruppe",
    options: Object.entries(PERSONENGRUPPEN).map(([key, label]) =>
      key === "stadtteilmanagement"
        ? ownStaff(key, label)
        : { value: key, label, aliases: [key, shortLabel(label)] },
    ),
  },
  jaNein: {
    name: "LST_jaNein",
    title: "ja/nein",
    options: [
      { value: true, label: "ja", aliases: ["x", "wahr", "true", "1", "✓"] },
      { value: false, label: "nein", aliases: ["falsch", "false", "0"] },
    ],
  },
  // The Belegliste's Kostenart: the four sums of the Schlussrechnung, in its order.
  kostenart: {
    name: "LST_kostenart",
    title: "Kostenart",
    options: [
      { value: "personalkosten", label: "Personalkosten", aliases: ["personalkosten", "Personal", "1"] },
      {
        value: "verwaltung",
        label: "Verwaltungs- und Leitungskosten",
        aliases: ["verwaltung", "Verwaltung", "2"],
      },
      {
        value: "sachkosten",
        label: "Arbeitsplatzbezogene Sachkosten",
        aliases: ["sachkosten", "Sachkosten", "3"],
      },
      {
        value: "budget",
        label: "Budget für präventive Angebote",
        aliases: [...new Set(["budget", "Budget", "4", ...PROGRAMMES.map((p) => budgetLabel(p.id))])],
        labelFor: budgetLabel,
      },
    ],
  },
};

const normalize = (text: string) => text.trim().toLowerCase().replace(/[–—−]/g, "-").replace(/\s+/g, " ");

/** An option's label in the programme's words. */
export const optionLabel = (option: ChoiceOption, programmeId: string): string =>
  option.labelFor?.(programmeId) ?? option.label;

/** Label shown in the cell for a stored value; undefined when the value is not in the list. */
export const choiceLabel = (
  list: ChoiceListKey,
  value: unknown,
  programmeId?: string,
): string | undefined => {
  const option = CHOICE_LISTS[list].options.find((o) => o.value === value);
  return option && (programmeId ? optionLabel(option, programmeId) : option.label);
};

/** The stored value for what a user typed or picked (label, alias or a step number); undefined if none. */
export const parseChoice = (list: ChoiceListKey, raw: string | number | boolean) => {
  const typed = normalize(String(raw));
  const options = CHOICE_LISTS[list].options;
  const exact = options.find(
    (o) => normalize(o.label) === typed || o.aliases.some((a) => normalize(a) === typed),
  );
  if (exact) return exact.value;
  // "4 – irgendein Text" still names step 4 when the label was shortened or edited.
  if (list === "wirkungstreppe") {
    const step = /^([1-7])(?:\D|$)/.exec(typed)?.[1];
    return step === undefined ? undefined : Number(step);
  }
  return undefined;
};
