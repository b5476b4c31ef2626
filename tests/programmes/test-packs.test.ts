import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { PROGRAMME_PACKS } from "../../shared/programme/packs.generated";
import { findProgramme } from "../../shared/programme/programmes";
import { registerProgramme } from "../../shared/programme/register-programme";
import { testPacks } from "../setup/test-programmes";

const root = fileURLToPath(new URL("../..", import.meta.url));
const packs = testPacks();

/** The JavaScript esbuild makes of an entry, as the Lambda and CLI builds bundle it. */
const bundled = async (entry: string) => {
  const out = await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    logLevel: "silent",
    external: ["exceljs", "pdfmake", "@aws-sdk/*"],
  });
  return out.outputFiles.map((f) => f.text).join("\n");
};

describe("test packs live with the tests", () => {
  it("has at least one test pack, registered for the tests", () => {
    expect(packs.length).toBeGreaterThan(0);
    for (const pack of packs) expect(findProgramme(pack.id)?.name).toBe(pack.name);
  });

  it("leaves them out of the product's registry, so GET /programmes, the demo users and the CLI never see them", () => {
    const shipped = PROGRAMME_PACKS.map((p) => (p as { id: string }).id);

    expect(shipped.length).toBeGreaterThan(0);
    for (const pack of packs) expect(shipped).not.toContain(pack.id);
  });

  it("keeps shared/ free of them: no file there names a test pack", () => {
    const files = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "shared"], {
      cwd: root,
      encoding: "utf8",
    })
      .trim()
      .split("\n")
      .filter((f) => !/\.(png|pdf|xlsx)$/.test(f));
    const naming = files.filter((f) => {
      const text = readFileSync(`${root}${f}`, "utf8");
      return packs.some((p) => text.includes(p.id) || text.includes(p.name));
    });

    expect(files.length).toBeGreaterThan(50);
    expect(naming).toEqual([]);
  });

  it.each(["functions/list-programmes/handler.ts", "cli/main.ts"])(
    "bundles %s without a test pack",
    async (entry) => {
      const code = await bundled(entry);

      expect(code).toContain("Stadtteilmanagement");
      for (const pack of packs) expect(code).not.toContain(pack.name);
    },
  );

  it("refuses to register a programme twice", () => {
    expect(() => registerProgramme(JSON.parse(JSON.stringify(findProgramme(packs[0]!.id))))).toThrow(
      /gibt es schon/,
    );
  });
});
