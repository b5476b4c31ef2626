import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { importsOf, productFiles } from "./import-graph";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * The CLI is a client of shared/ and of the API (README, „Architecture“). One exception, on purpose:
 * `publish --local` prints the Jahresberichte on the Koordinierungsstelle's PC without the server's
 * PDF route, so it loads the publication service and the PDF renderer of functions/ – lazily, so
 * every other command starts without them – and those reach no store, HTTP or auth code.
 */
const PRINT_LOCALLY = ["functions/core/publish-jahresberichte", "functions/render/pdfmake-renderer"];
const SERVER_ONLY = /^functions\/(store|http|auth)\/|^functions\/[^/]+\/handler$|^functions\/routes$/;

/** The source file of a resolved import, or undefined for data (JSON, generated packs' folders). */
const moduleFile = (path: string) =>
  [`${path}.ts`, `${path}.tsx`, `${path}/index.ts`].find((f) => existsSync(`${ROOT}${f}`));

describe("what the CLI imports", () => {
  const imports = productFiles(ROOT, "cli").flatMap((file) =>
    importsOf(ROOT, file).map((i) => ({ file, ...i })),
  );

  it("imports only cli/ and shared/, but for the two modules publish --local loads lazily", () => {
    expect(imports.length).toBeGreaterThan(50);
    const elsewhere = imports.filter((i) => !/^(cli|shared)\//.test(i.to));
    expect(
      elsewhere.map(({ file, to, dynamic }) => `${file} → ${to}${dynamic ? " (import())" : ""}`),
    ).toEqual(PRINT_LOCALLY.map((to) => `cli/publish-command.ts → ${to} (import())`));
  });

  it("reaches no store, HTTP, auth or handler code through those two modules", () => {
    const seen = new Set<string>();
    const queue = [...PRINT_LOCALLY];
    while (queue.length > 0) {
      const path = queue.pop()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const file = moduleFile(path);
      if (file) for (const i of importsOf(ROOT, file)) queue.push(i.to);
    }
    expect(seen.size).toBeGreaterThan(PRINT_LOCALLY.length);
    expect([...seen].filter((path) => SERVER_ONLY.test(path))).toEqual([]);
  });
});
