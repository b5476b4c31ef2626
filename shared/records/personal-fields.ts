import type { FilingKind } from "../domain/filing-kinds";

/**
 * Where a filing holds names of people (staff in the Verwendungsnachweis' Personalkosten; staff,
 * partners and volunteers in the Jahresbericht's 3.2) – the one list the Löschkonzept redacts.
 * Paths into `data`; "*" is every row. The Unterzeichner*in (6.) stays: the signature is the
 * proof of submission the receipt is bound to.
 */
export const PERSONAL_NAME_FIELDS: Record<FilingKind, readonly (readonly string[])[]> = {
  verwendungsnachweis: [
    ["personal", "zeilen", "*", "name"],
    ["personal", "zeilen", "*", "vorname"],
  ],
  jahresbericht: [["personelleRessourcen", "*", "bezeichnung"]],
};

/** What stands where a name was. */
export const REDACTED = "[geschwärzt]";
