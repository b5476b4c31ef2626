import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PROGRAMME_PACKS } from "./packs.generated";
import { programmePackSchema } from "./programme-schema";

const PACKS = new URL("./packs/", import.meta.url);

describe("packs.generated.ts (parsed at build time)", () => {
  it("holds every pack folder, parsed with programmePackSchema as it is on disk now", () => {
    const folders = readdirSync(PACKS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const parsed = folders.map((name) =>
      programmePackSchema.parse(JSON.parse(readFileSync(new URL(`${name}/programme.json`, PACKS), "utf8"))),
    );
    // A pack edited without regenerating fails here: run `node scripts/generate-programme-registry.mjs`.
    expect(PROGRAMME_PACKS).toEqual(parsed);
  });
});
