import { FILING_KINDS, type FilingKind } from "../filing/filing";

/** Bumped when a name, table or column changes meaning; readers accept the versions listed here. */
export const LAYOUT_VERSION = 1;
export const SUPPORTED_LAYOUT_VERSIONS: readonly number[] = [1];

export const META_SHEET = "_meta";

/** Hidden metadata cells: which filing a workbook is, read through defined names like all else. */
export const META_FIELDS = [
  { name: "META_layoutVersion", address: "B3", label: "Layout-Version", key: "layoutVersion" },
  { name: "META_kind", address: "B4", label: "Art (verwendungsnachweis/jahresbericht)", key: "kind" },
  { name: "META_traegerId", address: "B5", label: "Träger (Kennung)", key: "traegerId" },
  { name: "META_districtId", address: "B6", label: "Stadtteil (Kennung)", key: "districtId" },
  { name: "META_year", address: "B7", label: "Förderjahr", key: "year" },
] as const;

export type MetaKey = (typeof META_FIELDS)[number]["key"];

/** Columns of the metadata sheet that hold the dropdown lists, in CHOICE_LISTS order. */
export const LIST_COLUMNS = ["D", "E", "F", "G"] as const;

export const isFilingKind = (value: unknown): value is FilingKind =>
  (FILING_KINDS as readonly unknown[]).includes(value);
