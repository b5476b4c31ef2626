import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { pdfmakeRenderer } from "../../functions/render/pdfmake-renderer";
import { BREAK_HYPHEN } from "../../functions/render/soft-hyphen-lines";
import { sampleJahresbericht } from "../../shared/samples/sample-filings";
import {
  WIRKUNGSTREPPE_OWN_COLUMN,
  WIRKUNGSTREPPE_PARAGRAPHS,
  WIRKUNGSTREPPE_SOURCE,
} from "../../shared/layout/wirkungstreppe-sheet";
import { jahresberichtPublication, yearPublication } from "../../shared/publish/year-publication";
import { SEED_QUESTIONS } from "./fixtures/seed-questions";

const run = promisify(execFile);

/**
 * The PDF's text in drawing order (pdftotext -raw: a table cell's lines stay together),
 * headers and footers left out, a word broken at a syllable joined again, whitespace as one space.
 */
const readingText = async (pdf: Uint8Array, header: string, footer: string) => {
  const dir = await mkdtemp(join(tmpdir(), "foerderbericht-publication-"));
  try {
    await writeFile(join(dir, "in.pdf"), pdf);
    const { stdout } = await run("pdftotext", ["-raw", join(dir, "in.pdf"), "-"]);
    return stdout
      .split("\n")
      .filter(
        (line) =>
          line.trim() !== header && line.trim() !== footer && !/^Seite \d+ von \d+$/.test(line.trim()),
      )
      .join("\n")
      .replace(new RegExp(`${BREAK_HYPHEN}\\s*\\n\\s*`, "g"), "")
      .replace(/\s+/g, " ");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

const flat = (text: string) => text.replace(/\s+/g, " ");

describe.each([
  ["a district's publication", () => jahresberichtPublication(sampleJahresbericht())],
  ["the year's publication", () => yearPublication("stadtteilmanagement", 2025, [sampleJahresbericht()])],
])("%s, word for word against the seed", (_name, document) => {
  let text = "";
  beforeAll(async () => {
    const doc = document();
    text = await readingText(await pdfmakeRenderer().render(doc), doc.header, doc.footer);
  });

  it("prints every question and guiding sentence of Anlage 1 unabridged", () => {
    expect(SEED_QUESTIONS.length).toBeGreaterThanOrEqual(25);
    expect(SEED_QUESTIONS.map(flat).filter((q) => !text.includes(q))).toEqual([]);
  });

  it("prints Anlage 2's three paragraphs and its source, and marks the explanations as ours", () => {
    for (const paragraph of [...WIRKUNGSTREPPE_PARAGRAPHS, WIRKUNGSTREPPE_SOURCE, WIRKUNGSTREPPE_OWN_COLUMN])
      expect(text).toContain(flat(paragraph));
  });

  it("names a volunteer once as such: „Ehrenamtliche | Person 1“, never „Ehrenamtliche Ehrenamtliche“", () => {
    expect(text).not.toMatch(/Ehrenamtliche Ehrenamtliche/);
    expect(text).toMatch(/Ehrenamtliche Person 1/);
  });
});
