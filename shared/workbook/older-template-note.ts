import type { FieldPath } from "../filing/labels";
import { pathKey } from "../filing/path-access";
import type { Finding } from "../rules/finding";

/** A field of today's layout that a workbook of an older layout version was issued without. */
export interface AbsentField {
  path: FieldPath;
  label: string;
  /** Layout version that introduced the field. */
  since: number;
}

/** What to do when a rule asks for a field the workbook has no cell for: never „die Mappe ist beschädigt“. */
export const olderTemplateNote = (field: AbsentField, layoutVersion: number): string =>
  `Diese Arbeitsmappe stammt aus einer älteren Vorlage (Layout-Version ${layoutVersion}) und hat noch keine Zelle für „${field.label}“ (neu ab Layout-Version ${field.since}). ` +
  `Bitte eine aktuelle Vorlage erstellen (im Aufgabenbereich „Vorlage einfügen“ oder mit „foerderbericht template“), die Angaben dorthin übernehmen und „${field.label}“ dort eintragen.`;

/**
 * Rule findings on a field the workbook cannot hold keep their id and severity (a required field
 * stays required) and say how to get a cell for it; other findings are left as they are.
 */
export const withOlderTemplateNotes = (
  findings: readonly Finding[],
  absent: readonly AbsentField[],
  layoutVersion: number,
): Finding[] => {
  if (absent.length === 0) return [...findings];
  const byPath = new Map(absent.map((a) => [pathKey(a.path), a]));
  return findings.map((f) => {
    const field = byPath.get(pathKey(f.location.path));
    return field ? { ...f, message: `${f.message} ${olderTemplateNote(field, layoutVersion)}` } : f;
  });
};
