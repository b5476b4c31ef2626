import { WIRKUNGSTREPPE } from "../domain/wirkungstreppe";
import type { SheetSpec, TextSpec } from "./layout-types";

/**
 * Anlage 2 as a sheet to look up while choosing a step: the seven steps with their level and a short
 * explanation, after the introduction of the paper. Read-only, nothing on it is read back.
 */
const rows: TextSpec[] = WIRKUNGSTREPPE.flatMap((step, i) => [
  { address: `A${8 + i}`, text: `${step.stufe} – ${step.label}`, style: "label" as const },
  { address: `B${8 + i}`, text: step.ebene, style: "label" as const },
  { address: `C${8 + i}`, text: step.erklaerung, style: "label" as const },
]);

/** Anlage 2's text word for word (the publication prints it from here too), then its source. */
export const WIRKUNGSTREPPE_PARAGRAPHS = [
  "Was ist soziale Wirkung? Eine Wirkung kann auf verschiedenen Stufen erreicht werden. Die unten abgebildete Wirkungstreppe bildet die Grundlage, zur Differenzierung verschiedener Wirkungsebenen.",
  "Die ersten drei Stufen zeigen die Leistungen (outputs) und bilden die Grundlage dafür, dass auf den Stufen vier bis sechs eine erste Wirkung (outcome) auf der Ebene der Zielgruppen erreicht werden kann. Die siebte Stufe ist dann eine gesellschaftliche Veränderung (impact). Sie ergibt sich erst, wenn Wirkungen auf den Ebenen der Zielgruppen feststellbar sind.",
  "Infolge von Angeboten und Maßnahmen (outputs) ergeben sich bei den Zielgruppen Wirkungen (outcomes), die eine Wirkung auf der gesamtgesellschaftlichen Ebene (impact) erzielen können.",
] as const;
export const WIRKUNGSTREPPE_SOURCE = "(Abbildung: Phineo gGmbH, Kursbuch Wirkung, 6. Auflage, 2021, S. 5)";
/** The third column is ours, not the paper's: its heading says so. */
export const WIRKUNGSTREPPE_OWN_COLUMN =
  "Woran man sie erkennt (Erläuterung der Vorlage, nicht Teil der Anlage 2)";

export const WIRKUNGSTREPPE_SHEET: SheetSpec = {
  name: "Wirkungstreppe",
  texts: [
    { address: "A1", text: "Die Wirkungstreppe nach Phineo gGmbH (Anlage 2)", style: "title" },
    ...WIRKUNGSTREPPE_PARAGRAPHS.map((text, i) => ({ address: `A${2 + i}`, text, style: "label" as const })),
    { address: "A5", text: WIRKUNGSTREPPE_SOURCE, style: "label" },
    { address: "A7", text: "Stufe", style: "heading" },
    { address: "B7", text: "Ebene", style: "heading" },
    { address: "C7", text: WIRKUNGSTREPPE_OWN_COLUMN, style: "heading" },
    ...rows,
  ],
  columnWidths: [42, 12, 46],
  protect: true,
  landscape: false,
};
