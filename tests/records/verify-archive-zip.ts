import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect } from "vitest";

const run = promisify(execFile);
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export interface ArchiveManifest {
  format: string;
  filings: number;
  files: { path: string; bytes: number; sha256: string; art: string; filingId: string; version?: number }[];
}

/**
 * Checks a downloaded archive with tools outside this product, as the records' reader would:
 * `unzip -t`, then every file against manifest.json and `sha256sum -c SHA256SUMS`. Extracts into
 * `<dir>/<into>` and returns the manifest and that folder.
 */
export const verifyArchiveZip = async (dir: string, zip: string, into = "x") => {
  const tested = await run("unzip", ["-t", zip], { cwd: dir });
  expect(tested.stdout).toMatch(/No errors detected/);
  await run("unzip", ["-q", "-o", zip, "-d", into], { cwd: dir });
  const out = join(dir, into);
  const manifest = JSON.parse(await readFile(join(out, "manifest.json"), "utf8")) as ArchiveManifest;
  expect(manifest.format).toBe("foerderbericht-archiv");
  for (const file of manifest.files) {
    const bytes = await readFile(join(out, file.path));
    expect(sha256(bytes), file.path).toBe(file.sha256);
    expect(bytes.byteLength).toBe(file.bytes);
  }
  const checked = await run("sha256sum", ["-c", "--quiet", "SHA256SUMS"], { cwd: out });
  expect(checked.stderr).toBe("");
  return { manifest, out };
};
