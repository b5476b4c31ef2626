import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { DomainError } from "../../functions/core/errors";
import { folderCycles, folderGraph } from "./import-graph";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const graph = folderGraph(ROOT, ["shared", "functions", "cli", "addin", "infra", "dev"]);

/** shared/, lowest first (../shared/STYLE.md, "Layers"): a folder imports only folders before it. */
const SHARED_LAYERS = [
  "shared/domain",
  "shared/money",
  "shared/programme",
  "shared/filing",
  // Sample filings for tests, the CLI's `template --sample` and the demo; nothing deployed imports
  // them (no-demo-data-in-bundles.test.ts).
  "shared/samples",
  // Prüfvermerk, Rückforderung and Belegliste models of the city's Prüfung (issue 25).
  "shared/pruefung",
  "shared/rules",
  "shared/layout",
  "shared/workbook",
  "shared/consolidate",
  "shared/publish",
  "shared/xlsx",
  "shared/api",
  // The ten-year record: receipt document, retention, the Löschkonzept's name fields (docs/records.md).
  "shared/records",
  // Sign-in paths and the task pane's config.json schema, shared by pane and stack.
  "shared/sign-in",
];

describe("layers", () => {
  it("has no import cycle between folders of shared/, functions/, cli/ and addin/", () => {
    expect(folderCycles(graph)).toEqual([]);
  });

  it("keeps every folder of shared/ in its layer: imports point down only", () => {
    const upward: string[] = [];
    for (const [from, targets] of graph) {
      if (!from.startsWith("shared/")) continue;
      expect(SHARED_LAYERS, `${from} fehlt in SHARED_LAYERS`).toContain(from);
      for (const to of targets) {
        if (!to.startsWith("shared/")) upward.push(`${from} → ${to}`);
        else if (SHARED_LAYERS.indexOf(to) > SHARED_LAYERS.indexOf(from)) upward.push(`${from} → ${to}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("keeps functions/ in its layers: http → core → store, core never imports http or store", () => {
    const core = [...(graph.get("functions/core") ?? [])];
    expect(core.filter((to) => ["functions/http", "functions/store"].includes(to))).toEqual([]);
    expect([...(graph.get("functions/store") ?? [])].filter((to) => to === "functions/http")).toEqual([]);
  });

  it("keeps dev/ (local server, dev tokens, demo data) on top: it imports down, nothing imports it", () => {
    // Only tests and benchmarks may start the local server; deployable code never reaches it.
    const intoDev = [...graph].flatMap(([from, targets]) =>
      from !== "dev" && targets.has("dev") ? [`${from} → dev`] : [],
    );
    expect(intoDev).toEqual([]);
    const allowed = (to: string) =>
      ["functions", "shared", "scripts"].some((t) => to === t || to.startsWith(`${t}/`));
    expect([...(graph.get("dev") ?? [])].filter((to) => !allowed(to))).toEqual([]);
  });

  it("keeps HTTP out of functions/core's errors: no class there carries a status", async () => {
    // Every error module of core; toProblem (functions/http) alone chooses the status of a class.
    const dir = join(ROOT, "functions/core");
    const files = readdirSync(dir).filter((f) => /^(errors|.+-error|.+-conflict)\.ts$/.test(f));
    const modules = await Promise.all(
      files.map((f) => import(pathToFileURL(join(dir, f)).href) as Promise<Record<string, unknown>>),
    );
    const classes = modules.flatMap((m) =>
      Object.values(m).filter(
        (v): v is new (arg: unknown) => DomainError =>
          typeof v === "function" && v.prototype instanceof Error,
      ),
    );
    expect(classes.map((c) => c.name)).toEqual(expect.arrayContaining(["NotFoundError", "ConflictError"]));
    const withStatus = classes.filter((C) => {
      const err = new C([]);
      return "status" in err || "statusCode" in err;
    });
    expect(withStatus.map((c) => c.name)).toEqual([]);
  });

  it("lists shared/'s layers in the README in the same order (README „Architecture“ and „Contributing“)", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const block = /^ shared\/ .*\n((?: {3}\w[\w-]* .*\n| {16}.*\n)+)/m.exec(readme);
    expect(block, "README: Block „shared/ … layers, lowest first“").not.toBeNull();
    const listed = [...block![1]!.matchAll(/^ {3}([\w-]+) /gm)].map((m) => `shared/${m[1]}`);
    expect(listed).toEqual(SHARED_LAYERS);
    const arrows = /in `shared\/` ([\w\s→-]+?);/
      .exec(readme)![1]!
      .split("→")
      .map((l) => `shared/${l.trim()}`);
    expect(arrows).toEqual(SHARED_LAYERS);
  });

  it("finds cycles when there are some (the check itself works)", () => {
    const cyclic = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["c"])],
      ["c", new Set(["a"])],
      ["d", new Set(["a"])],
    ]);
    expect(folderCycles(cyclic)).toEqual([["a", "b", "c"]]);
  });
});
