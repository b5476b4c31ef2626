// `npx tsx bench/publication-pdf.ts`: renders the publishable PDFs in JavaScript as the Lambda does
// (pdfmake, Roboto, German hyphenation) and prints times and sizes; nothing is asserted.
import { sampleJahresbericht } from "../shared/samples/sample-filings";
import { findProgramme } from "../shared/programme/programmes";
import { publishJahresbericht, publishYear } from "../functions/core/publish-jahresberichte";
import { pdfmakeRenderer } from "../functions/render/pdfmake-renderer";

const renderer = pdfmakeRenderer();
const programme = findProgramme("stadtteilmanagement")!;
const filings = programme.districts.map((d, i) =>
  sampleJahresbericht({
    programmeId: programme.id,
    traegerId: programme.traeger[i % programme.traeger.length]!.id,
    districtId: d.id,
    year: 2025,
  }),
);
const time = async <T>(label: string, fn: () => Promise<T & { byteLength: number }>) => {
  const started = performance.now();
  const out = await fn();
  const ms = performance.now() - started;
  console.log(
    `${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${(out.byteLength / 1024).toFixed(0).padStart(5)} KiB`,
  );
};
await time("first PDF in a fresh process (fonts, patterns)", () =>
  publishJahresbericht(filings[0]!, renderer),
);
await time("one Jahresbericht (warm)", () => publishJahresbericht(filings[1]!, renderer));
await time(`the year: ${filings.length} districts, cover and contents`, () =>
  publishYear(programme.id, 2025, filings, renderer),
);
