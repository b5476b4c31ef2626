import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Forces LibreOffice to recompute every formula of an OOXML file on load (OOXMLRecalcMode 0 =
 * "always"). Without it a cached result written by exceljs survives the conversion unchanged.
 */
const registryModifications = (locale: string | undefined) => `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
${locale ? `<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>${locale}</value></prop></item>\n` : ""}</oor:items>
`;

export const SOFFICE_MISSING_MESSAGE =
  "LibreOffice (soffice) ist nicht installiert, der Abgleich mit einer echten Tabellenkalkulation kann nicht laufen. " +
  "Bitte installieren: sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui " +
  "(oder SOFFICE=/pfad/zu/soffice setzen).";

const probe = async (): Promise<string | null> => {
  // SOFFICE names the binary explicitly (and then only it counts, so CI can point at its install).
  const candidates = process.env.SOFFICE ? [process.env.SOFFICE] : ["soffice", "libreoffice"];
  for (const candidate of candidates) {
    try {
      await run(candidate, ["--version"], { timeout: 30_000 });
      return candidate;
    } catch {
      // try the next name
    }
  }
  return null;
};

let found: Promise<string | null> | undefined;

/** Path of the soffice binary, or null when LibreOffice is not installed (looked up once per process). */
export const findSoffice = (): Promise<string | null> => (found ??= probe());

export interface ConvertInput {
  /** File name without directory, e.g. "sample.xlsx"; names must be unique per call. */
  name: string;
  content: Uint8Array;
}

export interface ConvertOptions {
  /** Target of `--convert-to`, e.g. "xlsx", "pdf", "csv". */
  format: string;
  /** Kill soffice after this long (default 120 s). */
  timeoutMs?: number;
  /** Locale for number and date formats, e.g. "de-DE" (what a print shows); LibreOffice's default otherwise. */
  locale?: string;
}

/**
 * Converts all inputs in ONE headless soffice call with its own throw-away profile that forces a
 * full recalculation on load. Returns the converted files by input name (extension replaced).
 * Throws with `SOFFICE_MISSING_MESSAGE` when LibreOffice is not installed.
 */
export const convertWithLibreOffice = async (
  inputs: readonly ConvertInput[],
  options: ConvertOptions,
): Promise<Map<string, Buffer>> => {
  const soffice = await findSoffice();
  if (!soffice) throw new Error(SOFFICE_MISSING_MESSAGE);
  if (new Set(inputs.map((i) => i.name)).size !== inputs.length) {
    throw new Error("convertWithLibreOffice: Dateinamen müssen eindeutig sein");
  }

  const root = await mkdtemp(join(tmpdir(), "foerderbericht-lo-"));
  try {
    const profile = join(root, "profile");
    const inDir = join(root, "in");
    const outDir = join(root, "out");
    await mkdir(join(profile, "user"), { recursive: true });
    await mkdir(inDir);
    await mkdir(outDir);
    await writeFile(
      join(profile, "user", "registrymodifications.xcu"),
      registryModifications(options.locale),
    );
    const paths = await Promise.all(
      inputs.map(async (input) => {
        const path = join(inDir, input.name);
        await writeFile(path, input.content);
        return path;
      }),
    );

    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      options.format,
      "--outdir",
      outDir,
      ...paths,
    ];
    const { stdout, stderr } = await run(soffice, args, {
      timeout: options.timeoutMs ?? 120_000,
      maxBuffer: 10 * 1024 * 1024,
    });

    const targetExt = options.format.split(":")[0]!;
    const results = new Map<string, Buffer>();
    for (const input of inputs) {
      const outName = `${basename(input.name, extname(input.name))}.${targetExt}`;
      try {
        results.set(input.name, await readFile(join(outDir, outName)));
      } catch {
        throw new Error(
          `LibreOffice hat ${input.name} nicht nach ${targetExt} umgewandelt.\nstdout: ${stdout}\nstderr: ${stderr}`,
        );
      }
    }
    return results;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
};
