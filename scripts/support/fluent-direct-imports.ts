// esbuild plugin for the task pane: rewrites `import { Button, Select } from "@fluentui/react-components"`
// into imports from the packages that define them (`@fluentui/react-button`, `@fluentui/react-select`).
// Why: with code splitting esbuild places a module by which entry points *reach* it, and through the
// barrel every Fluent component is reachable from the start chunk – so the Select of the staff screens
// landed in the chunk every user downloads before the sign-in. Direct imports let each component
// follow the screens that use it. The map is read from the barrel itself, so a Fluent update needs
// nothing here.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Plugin } from "esbuild";

const BARREL = "@fluentui/react-components";

/** name exported by the barrel → [package, name in that package] */
export const fluentExportMap = (): Map<string, [string, string]> => {
  // The ESM barrel (the package's "import" condition), whatever `require` would pick.
  const esm = join(dirname(createRequire(import.meta.url).resolve(BARREL)), "..", "lib", "index.js");
  const source = readFileSync(esm, "utf8").replace(/\/\/[^\n]*/g, "");
  const map = new Map<string, [string, string]>();
  for (const [, list, pkg] of source.matchAll(/export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g))
    for (const spec of list!
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)) {
      const [imported, exported = imported] = spec.split(/\s+as\s+/) as [string, string?];
      map.set(exported!, [pkg!, imported]);
    }
  return map;
};

const IMPORT = /import\s*\{([^}]*)\}\s*from\s*["']@fluentui\/react-components["'];?/g;

/** The source with every value import from the barrel split per package; type imports are kept. */
export const rewriteFluentImports = (source: string, map: Map<string, [string, string]>): string =>
  source.replace(IMPORT, (whole, list: string) => {
    const byPackage = new Map<string, string[]>();
    for (const spec of list
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)) {
      if (spec.startsWith("type ")) continue; // erased by esbuild anyway
      const [name, local = name] = spec.split(/\s+as\s+/) as [string, string?];
      const target = map.get(name!);
      if (!target) return whole; // unknown name: leave the statement to esbuild (it reports it)
      const [pkg, imported] = target;
      byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), `${imported} as ${local!}`]);
    }
    return [...byPackage].map(([pkg, names]) => `import { ${names.join(", ")} } from "${pkg}";`).join(" ");
  });

export const fluentDirectImports = (): Plugin => ({
  name: "fluent-direct-imports",
  setup(build) {
    const map = fluentExportMap();
    build.onLoad({ filter: /\/addin\/.*\.tsx?$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!source.includes(BARREL)) return undefined;
      return { contents: rewriteFluentImports(source, map), loader: args.path.endsWith("x") ? "tsx" : "ts" };
    });
  },
});
