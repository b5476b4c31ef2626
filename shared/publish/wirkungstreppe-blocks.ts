import { WIRKUNGSTREPPE } from "../domain/wirkungstreppe";
import {
  WIRKUNGSTREPPE_OWN_COLUMN,
  WIRKUNGSTREPPE_PARAGRAPHS,
  WIRKUNGSTREPPE_SOURCE,
} from "../layout/wirkungstreppe-sheet";
import type { PublicationPart } from "./publication-document";

/**
 * Anlage 2 behind the reports, so a reader of the publication can look up what each step of 3.4
 * means: the paper's three paragraphs and source word for word (from the workbook's sheet, the one
 * source), then the steps; the third column is ours and says so.
 */
export const wirkungstreppePart = (): PublicationPart => ({
  id: "anlage-2",
  blocks: [
    { kind: "heading", text: "Anlage 2: Die Wirkungstreppe nach Phineo gGmbH" },
    ...WIRKUNGSTREPPE_PARAGRAPHS.map((text) => ({ kind: "paragraph" as const, text })),
    { kind: "note", text: WIRKUNGSTREPPE_SOURCE },
    {
      kind: "table",
      headers: ["Stufe", "Ebene", WIRKUNGSTREPPE_OWN_COLUMN],
      spans: [2, 1, 2],
      rows: WIRKUNGSTREPPE.map((s) => [`${s.stufe} – ${s.label}`, s.ebene, s.erklaerung]),
    },
  ],
});
