import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type { JahresberichtFiling } from "../../shared/filing/filing";
import { JB_LABELS } from "../../shared/filing/labels";
import { programmeLabel } from "../../shared/programme/render-text";
import { sampleJahresbericht } from "../../shared/samples/sample-filings";
import { ANLAGE1_HEADINGS, reportTitle } from "../../shared/publish/jahresbericht-blocks";
import { publishJahresbericht, publishYear } from "../core/publish-jahresberichte";
import { pdfmakeRenderer } from "./pdfmake-renderer";
import { BREAK_HYPHEN, SOFT_HYPHEN } from "./soft-hyphen-lines";

const run = promisify(execFile);

/** Pages of a PDF as pdftotext -raw reads them: in drawing order, so a table cell's lines stay together. */
const pagesOf = async (pdf: Uint8Array) => {
  const dir = await mkdtemp(join(tmpdir(), "publication-"));
  try {
    await writeFile(join(dir, "in.pdf"), pdf);
    return (await run("pdftotext", ["-raw", join(dir, "in.pdf"), "-"])).stdout.split("\f").slice(0, -1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/** Joins syllables the renderer broke (a line ending in U+2010) and collapses the rest of the whitespace. */
const reading = (text: string) =>
  text.replace(new RegExp(`${BREAK_HYPHEN}\\s*\\n`, "g"), "").replace(/\s+/g, " ");

const leaves = (tree: object): string[] =>
  Object.values(tree).flatMap((v) => (typeof v === "string" ? [v] : leaves(v as object)));

const LONG =
  "Die Bewohnerinnenbeteiligungsverfahren der Quartiersentwicklungsgesellschaft wurden im Stadtteilmanagementkoordinierungskreis mit den Kooperationspartnerinnen abgestimmt; " +
  "Nachbarschaftshilfeinitiativen, Seniorenbegegnungsstätten und Jugendfreizeiteinrichtungen berichteten über Verwaltungsvereinfachungen. ";

const filing = (districtId: string, traegerId: string): JahresberichtFiling => {
  const jb = sampleJahresbericht({ programmeId: "stadtteilmanagement", traegerId, districtId, year: 2026 });
  jb.data.herausforderungen = LONG.repeat(40);
  jb.data.ausblick.rueckschluesse = LONG.repeat(3);
  jb.data.loesungsansaetze[0]!.erwarteteWirkung = LONG;
  return jb;
};

const renderer = pdfmakeRenderer();
let one: { pdf: Uint8Array; pages: string[] };
beforeAll(async () => {
  const pdf = await publishJahresbericht(filing("kaltenmoor", "awo"), renderer);
  one = { pdf, pages: await pagesOf(pdf) };
});

describe("the publishable Jahresbericht rendered in JavaScript", () => {
  it("is a PDF with its fonts embedded", () => {
    const latin1 = Buffer.from(one.pdf).toString("latin1");
    expect(latin1.startsWith("%PDF-")).toBe(true);
    expect(latin1).toMatch(/\/FontFile2/);
    expect(latin1).not.toMatch(/\/BaseFont\s*\/(Helvetica|Times|Courier)/);
  });

  it("prints every question and column of Anlage 1 in the words of shared/'s labels, unabridged", () => {
    const text = reading(one.pages.join("\n"));
    // A label naming the programme („{gegenstand}“) prints in the filing's programme's words.
    const labels = leaves(JB_LABELS).map((l) => programmeLabel(l, "stadtteilmanagement"));
    for (const label of [...labels, ...ANLAGE1_HEADINGS]) expect(text).toContain(label);
  });

  it("breaks no word without a hyphen: every typed text reads back whole", () => {
    const text = reading(one.pages.join("\n"));
    expect(text).toContain(LONG.trim());
    expect(text).not.toContain(SOFT_HYPHEN);
    // The long words were hyphenated at least once, and each break sits between syllables of a real word.
    const broken = [
      ...one.pages.join("\n").matchAll(new RegExp(`(\\p{L}+)${BREAK_HYPHEN}\\s*\\n\\s*(\\p{L}+)`, "gu")),
    ];
    expect(broken.length).toBeGreaterThan(0);
    for (const [, head, tail] of broken) expect(text).toContain(`${head}${tail}`);
  });

  it("numbers every page „Seite n von m“", () => {
    expect(one.pages.length).toBeGreaterThan(2);
    one.pages.forEach((page, i) => expect(page).toContain(`Seite ${i + 1} von ${one.pages.length}`));
  });
});

describe("the year's publication", () => {
  it("puts a cover with contents first, whose page numbers point at each district's report", async () => {
    const filings = [
      filing("innenstadt", "awo"),
      filing("kaltenmoor", "awo"),
      filing("bockelsberg", "caritas"),
    ];
    const pages = await pagesOf(await publishYear("stadtteilmanagement", 2026, filings, renderer));
    expect(pages[0]).toContain("Jahresberichte 2026");
    const cover = reading(pages[0]!);
    for (const f of filings) {
      const title = reportTitle(f);
      const start = pages.findIndex((p) => reading(p).includes(title));
      expect(start, title).toBeGreaterThan(0);
      expect(reading(pages[start - 1]!)).not.toContain(title);
      const district = title.replace(/^.* Stadtteil /, "");
      expect(cover).toMatch(new RegExp(`${district} [^\\d]+ ${start + 1}( |$)`));
    }
    pages.forEach((page, i) => expect(page).toContain(`Seite ${i + 1} von ${pages.length}`));
  });
});
