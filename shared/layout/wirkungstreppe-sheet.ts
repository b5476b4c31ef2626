import { WIRKUNGSTREPPE } from "../domain/wirkungstreppe";
import type { SheetSpec, TextSpec } from "./layout-types";

/**
 * Anlage 2 as a sheet to look up while choosing a step: the seven steps with their level and a short
 * explanation, after the introduction of the paper. Read-only, nothing on it is read back.
 */
const rows: TextSpec[] = WIRKUNGSTREPPE.flatMap((step, i) => [
  { address: `A${6 + i}`, text: `${step.stufe} – ${step.label}`, style: "label" as const },
  { address: `B${6 + i}`, text: step.ebene, style: "label" as const },
  { address: `C${6 + i}`, text: step.erklaerung, style: "label" as const },
]);

export const WIRKUNGSTREPPE_SHEET: SheetSpec = {
  name: "Wirkungstreppe",
  texts: [
    { address: "A1", text: "Die Wirkungstreppe nach Phineo gGmbH (Anlage 2)", style: "title" },
    {
      address: "A2",
      text: "Was ist soziale Wirkung? Eine Wirkung kann auf verschiedenen Stufen erreicht werden. Die Wirkungstreppe bildet die Grundlage, zur Differenzierung verschiedener Wirkungsebenen.",
      style: "note",
    },
    {
      address: "A3",
      text: "Die ersten drei Stufen zeigen die Leistungen (outputs) und bilden die Grundlage dafür, dass auf den Stufen vier bis sechs eine erste Wirkung (outcome) auf der Ebene der Zielgruppen erreicht werden kann. Die siebte Stufe ist dann eine gesellschaftliche Veränderung (impact). Sie ergibt sich erst, wenn Wirkungen auf den Ebenen der Zielgruppen feststellbar sind.",
      style: "note",
    },
    { address: "A5", text: "Stufe", style: "heading" },
    { address: "B5", text: "Ebene", style: "heading" },
    { address: "C5", text: "Woran man sie erkennt", style: "heading" },
    ...rows,
  ],
  columnWidths: [42, 12, 46],
  protect: true,
  landscape: false,
};
