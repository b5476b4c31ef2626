import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** Folder of a file as the layers count it: `shared/rules`, `functions/core`, `cli`, `addin/ui`. */
export const folderOf = (root: string, file: string): string => {
  const parts = relative(root, file).split("/");
  return parts.length > 2 ? parts.slice(0, 2).join("/") : parts[0]!;
};

const IMPORT = /(?:import|export)\s[^'"]*?from\s*["'](\.[^"']+)["']|import\(\s*["'](\.[^"']+)["']\s*\)/g;
const isProductCode = (path: string) =>
  /\.(ts|tsx)$/.test(path) && !/\.test\.tsx?$|\/test-support\/|\/fixtures\/|\.d\.ts$/.test(path);

const walk = (dir: string, out: string[]) => {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (isProductCode(path)) out.push(path);
  }
};

/** Folder → folders it imports (relative imports of product code; tests and fixtures left out). */
export const folderGraph = (root: string, tops: readonly string[]): Map<string, Set<string>> => {
  const files: string[] = [];
  for (const top of tops) {
    try {
      walk(join(root, top), files);
    } catch {
      // a top-level folder that does not exist yet has no imports
    }
  }
  const edges = new Map<string, Set<string>>();
  for (const file of files) {
    const from = folderOf(root, file);
    if (!edges.has(from)) edges.set(from, new Set());
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const to = folderOf(root, resolve(dirname(file), (m[1] ?? m[2])!));
      if (to !== from) edges.get(from)!.add(to);
    }
  }
  return edges;
};

/** A file's relative imports, resolved to paths from `root` without extension; `dynamic` for import(). */
export const importsOf = (root: string, file: string): { to: string; dynamic: boolean }[] =>
  [...readFileSync(join(root, file), "utf8").matchAll(IMPORT)].map((m) => ({
    to: relative(root, resolve(dirname(join(root, file)), (m[1] ?? m[2])!)).replace(/\.tsx?$/, ""),
    dynamic: !m[1],
  }));

/** Product files (tests and fixtures left out) under `top`, as paths from `root`. */
export const productFiles = (root: string, top: string): string[] => {
  const out: string[] = [];
  walk(join(root, top), out);
  return out.map((f) => relative(root, f));
};

/** Strongly connected components with more than one folder: each is a cycle between folders. */
export const folderCycles = (graph: Map<string, Set<string>>): string[][] => {
  let index = 0;
  const indexes = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    indexes.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indexes.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexes.get(w)!));
    }
    if (low.get(v) === indexes.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indexes.has(v)) visit(v);
  return cycles;
};
