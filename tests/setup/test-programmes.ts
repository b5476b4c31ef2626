/**
 * Registers the test-only programme packs (tests/programmes/packs/<id>/programme.json) before any
 * test file runs (vitest `setupFiles`): the product's registry holds only shared/programme/packs/,
 * the tests see both. Every worker runs this once per test file, before the file's imports.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findProgramme } from "../../shared/programme/programmes";
import { registerProgramme } from "../../shared/programme/register-programme";

// From the repository root vitest runs in: under happy-dom (the add-in's component tests)
// import.meta.url is the DOM's http:// address of this module, not its file.
export const TEST_PACKS_DIR = join(process.cwd(), "tests/programmes/packs/");

export const testPacks = (): { id: string; name: string }[] =>
  readdirSync(TEST_PACKS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => JSON.parse(readFileSync(`${TEST_PACKS_DIR}${entry.name}/programme.json`, "utf8")));

// A module cache shared between files of one worker has them already.
for (const pack of testPacks()) if (!findProgramme(pack.id)) registerProgramme(pack);
