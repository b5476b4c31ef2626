// Renders the printed Verwendungsnachweis and Jahresbericht (sample data) the way LibreOffice prints
// them: docs/<kind>-druck.pdf (all printed pages) and docs/<kind>-druck.png (the pages stacked, for a
// quick look in a pull request). Needs soffice and pdftoppm (poppler-utils).
//   npx tsx scripts/render-print-preview.ts
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { sampleJahresbericht, sampleVerwendungsnachweis } from "../shared/samples/sample-filings";
import { writeWorkbook } from "../shared/xlsx/write-workbook";
import { convertWithLibreOffice } from "../tests/support/libreoffice";
import { encodePng } from "./support/encode-png";

const run = promisify(execFile);
const DOCS = new URL("../docs/", import.meta.url);
const DPI = 80;

const main = async () => {
  const filings = [sampleVerwendungsnachweis(), sampleJahresbericht()];
  // One soffice call for both: starting LibreOffice costs more than converting.
  const inputs = await Promise.all(
    // As filed: what the city's file holds and a Rechnungsprüfung reads.
    filings.map(async (f) => ({
      name: `${f.kind}-druck.xlsx`,
      content: await writeWorkbook({ ...f, asFiled: true }),
    })),
  );
  const pdfs = await convertWithLibreOffice(inputs, { format: "pdf", locale: "de-DE" });
  for (const { name } of inputs) {
    const base = name.replace(/\.xlsx$/, "");
    const pdf = pdfs.get(name)!;
    await writeFile(new URL(`${base}.pdf`, DOCS), pdf);
    const pages = await renderPages(pdf);
    await writeFile(new URL(`${base}.png`, DOCS), encodePng(asRaster(stack(pages))));
    console.log(`docs/${base}.pdf und .png geschrieben (${pages.length} Seiten).`);
  }
};

interface Image {
  width: number;
  height: number;
  /** RGB, 3 bytes per pixel, rows top to bottom. */
  rgb: Buffer;
}

const renderPages = async (pdf: Buffer): Promise<Image[]> => {
  const dir = await mkdtemp(join(tmpdir(), "foerderbericht-druck-"));
  try {
    await writeFile(join(dir, "druck.pdf"), pdf);
    try {
      await run("pdftoppm", ["-r", String(DPI), join(dir, "druck.pdf"), join(dir, "seite")]);
    } catch (err) {
      throw new Error(
        `pdftoppm fehlt oder schlug fehl (${(err as Error).message}). Bitte installieren: sudo apt-get install -y poppler-utils`,
      );
    }
    const files = (await readdir(dir)).filter((f) => f.endsWith(".ppm")).sort();
    return Promise.all(files.map(async (f) => parsePpm(await readFile(join(dir, f)))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/** Binary PPM (P6, maxval 255) as pdftoppm writes it. */
const parsePpm = (data: Buffer): Image => {
  const header: string[] = [];
  let offset = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(data[offset]!))) offset++;
    if (data[offset] === 0x23) {
      while (data[offset] !== 0x0a) offset++;
      continue;
    }
    let token = "";
    while (!/\s/.test(String.fromCharCode(data[offset]!))) token += String.fromCharCode(data[offset++]!);
    header.push(token);
  }
  offset++;
  const [magic, width, height] = [header[0], Number(header[1]), Number(header[2])];
  if (magic !== "P6") throw new Error(`unerwartetes Bildformat ${magic}`);
  return { width, height, rgb: data.subarray(offset, offset + width * height * 3) };
};

/** Pages one below the other on grey, as a PDF viewer shows them. */
const stack = (pages: Image[]): Image => {
  const gap = 12;
  const width = Math.max(...pages.map((p) => p.width)) + 2 * gap;
  const height = pages.reduce((h, p) => h + p.height + gap, gap);
  const rgb = Buffer.alloc(width * height * 3, 0xa0);
  let top = gap;
  for (const page of pages) {
    const left = Math.floor((width - page.width) / 2);
    for (let y = 0; y < page.height; y++) {
      page.rgb.copy(rgb, ((top + y) * width + left) * 3, y * page.width * 3, (y + 1) * page.width * 3);
    }
    top += page.height + gap;
  }
  return { width, height, rgb };
};

const asRaster = ({ width, height, rgb }: Image) => ({ width, height, channels: 3 as const, pixels: rgb });

await main();
