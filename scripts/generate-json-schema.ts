import { writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { format, resolveConfig } from "prettier";
import { filingJsonSchema } from "../shared/filing/json-schema";

export const FILING_SCHEMA_PATH = fileURLToPath(new URL("../docs/filing.schema.json", import.meta.url));

/**
 * docs/filing.schema.json: the JSON Schema of a filing, generated from the zod schemas. Formatted by
 * Prettier (which folds short arrays onto one line) so the file passes `prettier --check` as written.
 */
export const renderFilingJsonSchema = async (): Promise<string> => {
  const config = await resolveConfig(FILING_SCHEMA_PATH);
  return format(JSON.stringify(filingJsonSchema(), null, 2), { ...config, filepath: FILING_SCHEMA_PATH });
};

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  writeFileSync(FILING_SCHEMA_PATH, await renderFilingJsonSchema());
  console.log(`Geschrieben: ${FILING_SCHEMA_PATH}`);
}
