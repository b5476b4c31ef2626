import { LEISTUNGSARTEN, PERSONENGRUPPEN } from "../domain/leistungsarten";
import { WIRKUNGSTREPPE, wirkungsstufeLabel } from "../domain/wirkungstreppe";
import type { ChoiceListKey } from "./layout-types";

export interface ChoiceOption {
  value: string | number | boolean;
  label: string;
  /** Further spellings a user may type (key, short label, bare step number). */
  aliases: string[];
}

export interface ChoiceList {
  /** Defined name of the list range on the hidden metadata sheet (dropdown source). */
  name: string;
  title: string;
  options: ChoiceOption[];
}

const shortLabel = (label: string) => label.replace(/\s*\(.*\)$/, "");

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
    options: Object.entries(PERSONENGRUPPEN).map(([key, label]) => ({
      value: key,
      label,
      aliases: [key, shortLabel(label)],
    })),
  },
  jaNein: {
    name: "LST_jaNein",
    title: "ja/nein",
    options: [
      { value: true, label: "ja", aliases: ["x", "wahr", "true", "1", "✓"] },
      { value: false, label: "nein", aliases: ["falsch", "false", "0"] },
    ],
  },
};

const normalize = (text: string) => text.trim().toLowerCase().replace(/[–—−]/g, "-").replace(/\s+/g, " ");

/** Label shown in the cell for a stored value; undefined when the value is not in the list. */
export const choiceLabel = (list: ChoiceListKey, value: unknown): string | undefined =>
  CHOICE_LISTS[list].options.find((o) => o.value === value)?.label;

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
