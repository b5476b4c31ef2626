import type { FilingKind } from "../domain/filing-kinds";
import type { Filing, FilingMeta } from "../filing/filing";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "./sample-filings";

/**
 * A complete, valid filing of either kind (`foerderbericht template --sample`, tests, demo data).
 * Kept out of FORMS so that nothing deployed reaches the sample data
 * (tests/architecture/no-demo-data-in-bundles.test.ts).
 */
export const sampleFiling = (kind: FilingKind, meta: FilingMeta): Filing =>
  kind === "verwendungsnachweis" ? sampleVerwendungsnachweis({ ...meta }) : sampleJahresbericht({ ...meta });
