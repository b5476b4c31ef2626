import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FilingKind } from "../../shared/filing/filing";

export const FIXTURES_ROOT = fileURLToPath(new URL("./fixtures/", import.meta.url));

/** One folder per released schema version: `fixtures/v<N>/`. */
export const fixtureDir = (schemaVersion: number) => `${FIXTURES_ROOT}v${schemaVersion}`;

/** The schema versions that have golden fixtures, oldest first. */
export const fixtureVersions = (): number[] =>
  readdirSync(FIXTURES_ROOT)
    .map((name) => /^v(\d+)$/.exec(name)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number)
    .sort((a, b) => a - b);

/** The workbooks a version's folder holds: as issued (blank template) and as a Träger filled it. */
export const WORKBOOK_FIXTURES: readonly { file: string; kind: FilingKind; filled: boolean }[] = [
  { file: "verwendungsnachweis-vorlage.xlsx", kind: "verwendungsnachweis", filled: false },
  { file: "verwendungsnachweis-ausgefuellt.xlsx", kind: "verwendungsnachweis", filled: true },
  { file: "jahresbericht-vorlage.xlsx", kind: "jahresbericht", filled: false },
  { file: "jahresbericht-ausgefuellt.xlsx", kind: "jahresbericht", filled: true },
];

/** The workbook fixtures present in a version's folder (the first versions predate workbook fixtures). */
export const workbookFixturesOf = (schemaVersion: number) =>
  WORKBOOK_FIXTURES.filter((w) => existsSync(`${fixtureDir(schemaVersion)}/${w.file}`));
