/**
 * Bumped when names, tables or columns are added or change meaning; readers accept every version
 * listed here. A name added in a later version says so (`since`): a workbook handed out before it
 * lacks the name, and the reader takes it as empty instead of calling the workbook broken.
 *  1 – the first templates (Lüneburg only)
 *  2 – META_programmeId: the funding programme the workbook belongs to
 *  3 – the sheet „Belegliste“ of a Verwendungsnachweis (tblBelege, its sums, the list LST_kostenart)
 */
export const LAYOUT_VERSION = 3;
export const SUPPORTED_LAYOUT_VERSIONS: readonly number[] = [1, 2, 3];

export const META_SHEET = "_meta";

/** Hidden metadata cells: which filing a workbook is, read through defined names like all else. */
export const META_FIELDS = [
  { name: "META_layoutVersion", address: "B3", label: "Layout-Version", key: "layoutVersion" },
  { name: "META_kind", address: "B4", label: "Art (verwendungsnachweis/jahresbericht)", key: "kind" },
  { name: "META_traegerId", address: "B5", label: "Träger (Kennung)", key: "traegerId" },
  { name: "META_districtId", address: "B6", label: "Stadtteil (Kennung)", key: "districtId" },
  { name: "META_year", address: "B7", label: "Förderjahr", key: "year" },
  {
    name: "META_programmeId",
    address: "B8",
    label: "Förderprogramm (Kennung)",
    key: "programmeId",
    since: 2,
  },
] as const satisfies readonly { name: string; address: string; label: string; key: string; since?: number }[];

/** Whether a workbook of layout version `version` is expected to carry a name introduced in `since`. */
export const hasName = (version: number, since: number | undefined): boolean => (since ?? 1) <= version;

export type MetaKey = (typeof META_FIELDS)[number]["key"];

/** Columns of the metadata sheet that hold the dropdown lists, in CHOICE_LISTS order (H holds the number words). */
export const LIST_COLUMNS = ["D", "E", "F", "G", "I"] as const;

export { isFilingKind } from "../domain/forms";
