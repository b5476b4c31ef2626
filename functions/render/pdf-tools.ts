import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export const POPPLER_MISSING_MESSAGE =
  "poppler-utils (pdfinfo, pdfunite) ist nicht installiert: sudo apt-get install -y poppler-utils";

/** Pages of a PDF, by poppler's pdfinfo. */
export const pdfPageCount = async (pdf: Uint8Array): Promise<number> => {
  const dir = await mkdtemp(join(tmpdir(), "foerderbericht-pdf-"));
  try {
    await writeFile(join(dir, "in.pdf"), pdf);
    const { stdout } = await run("pdfinfo", [join(dir, "in.pdf")]).catch((err: unknown) => {
      throw new Error(POPPLER_MISSING_MESSAGE, { cause: err });
    });
    const pages = /^Pages:\s+(\d+)/m.exec(stdout)?.[1];
    if (!pages) throw new Error("pdfinfo nennt keine Seitenzahl");
    return Number(pages);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/** One PDF of several, in order, by poppler's pdfunite. */
export const mergePdfs = async (pdfs: readonly Uint8Array[]): Promise<Uint8Array> => {
  if (pdfs.length === 1) return pdfs[0]!;
  const dir = await mkdtemp(join(tmpdir(), "foerderbericht-pdf-"));
  try {
    const inputs = await Promise.all(
      pdfs.map(async (pdf, i) => {
        const path = join(dir, `${String(i).padStart(4, "0")}.pdf`);
        await writeFile(path, pdf);
        return path;
      }),
    );
    await run("pdfunite", [...inputs, join(dir, "out.pdf")]).catch((err: unknown) => {
      throw new Error(POPPLER_MISSING_MESSAGE, { cause: err });
    });
    return new Uint8Array(await readFile(join(dir, "out.pdf")));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};
