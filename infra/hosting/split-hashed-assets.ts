import { cpSync, mkdtempSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative } from "node:path";

/** A name esbuild hashed (`app-ABCD1234.js`, `chunks/x-ABCD1234.js`, its `.LEGAL.txt`): never changes content. */
export const isHashedAsset = (file: string): boolean =>
  /-[A-Z0-9]{8}\.(js|css)(\.LEGAL\.txt)?$/.test(basename(file));

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

/**
 * The built pane in two folders: hashed files (cached for a year, immutable) and the rest (HTML,
 * icons, help pages: revalidated on every load, so a new deploy is seen at once).
 */
export const splitHashedAssets = (
  dir: string,
): { hashed: string; mutable: string; hashedFiles: string[] } => {
  const hashed = mkdtempSync(join(tmpdir(), "taskpane-hashed-"));
  const mutable = mkdtempSync(join(tmpdir(), "taskpane-mutable-"));
  const hashedFiles: string[] = [];
  for (const file of filesUnder(dir)) {
    const rel = relative(dir, file);
    if (isHashedAsset(rel)) hashedFiles.push(rel);
    cpSync(file, join(isHashedAsset(rel) ? hashed : mutable, rel));
  }
  return { hashed, mutable, hashedFiles };
};
