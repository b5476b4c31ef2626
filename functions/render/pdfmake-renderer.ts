// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the CLI project compiles this file without functions/ in its include list
/// <reference path="./pdfmake-modules.d.ts" />
import pdfmake from "pdfmake";
import vfs from "pdfmake/build/vfs_fonts.js";
import hyphenGerman from "hyphen/de/index.js";
import type { PdfRenderer } from "../core/pdf-renderer";
import { publicationToPdfmake } from "./publication-to-pdfmake";
import { installSoftHyphenLines } from "./soft-hyphen-lines";

let ready = false;
/**
 * Roboto (Apache-2.0) comes inside pdfmake's vfs_fonts module, so the fonts are in the Lambda
 * bundle and embedded in every PDF; no file or URL is read at run time (both access policies deny).
 */
const prepare = () => {
  if (ready) return;
  // pdfmake's virtual file system strips `__dirname` off every path at call time; an ESM bundle has
  // no such variable, so the lookup would throw. Its value does not matter: every file is virtual.
  (globalThis as { __dirname?: string }).__dirname ??= "/";
  for (const [name, base64] of Object.entries(vfs))
    pdfmake.virtualfs.writeFileSync(name, Buffer.from(base64, "base64"));
  pdfmake.setFonts({
    Roboto: {
      normal: "Roboto-Regular.ttf",
      bold: "Roboto-Medium.ttf",
      italics: "Roboto-Italic.ttf",
      bolditalics: "Roboto-MediumItalic.ttf",
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  installSoftHyphenLines();
  ready = true;
};

// German patterns (de-1996); words under 8 letters stay whole, so short words never break.
const hyphenate = (text: string) => hyphenGerman.hyphenateSync(text, { minWordLength: 8 });

/** PDFs rendered in JavaScript by pdfmake: runs in the plain Node.js Lambda runtime. */
export const pdfmakeRenderer = (): PdfRenderer => ({
  render: async (document) => {
    prepare();
    const buffer = await pdfmake.createPdf(publicationToPdfmake(document, hyphenate)).getBuffer();
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  },
});
