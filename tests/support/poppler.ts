import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

const withPdf = async <T>(pdf: Uint8Array, fn: (path: string, dir: string) => Promise<T>): Promise<T> => {
  const dir = await mkdtemp(join(tmpdir(), "foerderbericht-poppler-"));
  try {
    await writeFile(join(dir, "in.pdf"), pdf);
    return await fn(join(dir, "in.pdf"), dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/** The text of a PDF page by page (pdftotext -layout), as a reader would copy it. */
export const pdfPages = (pdf: Uint8Array): Promise<string[]> =>
  withPdf(pdf, async (path) => (await run("pdftotext", ["-layout", path, "-"])).stdout.split("\f"));

/** One page rendered by pdftoppm as raw RGB pixels (PPM), to look at what a reader would see. */
export const renderPage = (pdf: Uint8Array, page: number, dpi = 40) =>
  withPdf(pdf, async (path, dir) => {
    await run("pdftoppm", [
      "-r",
      String(dpi),
      "-f",
      String(page),
      "-l",
      String(page),
      "-singlefile",
      path,
      join(dir, "page"),
    ]);
    // Binary PPM (P6): header "P6\n<w> <h>\n255\n", then w*h RGB triples.
    const ppm = await readFile(join(dir, "page.ppm"));
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString("latin1"))!;
    return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length) };
  });

/** How many pixels are close to one of `colours` (hex RGB). */
export const countColoured = (rgb: Uint8Array, colours: readonly string[], tolerance = 40): number => {
  const wanted = colours.map((c) => [0, 2, 4].map((i) => parseInt(c.slice(i, i + 2), 16)));
  let n = 0;
  for (let i = 0; i + 2 < rgb.length; i += 3)
    if (
      wanted.some(
        ([r, g, b]) =>
          Math.abs(rgb[i]! - r!) + Math.abs(rgb[i + 1]! - g!) + Math.abs(rgb[i + 2]! - b!) < tolerance,
      )
    )
      n++;
  return n;
};
