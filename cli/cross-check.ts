import type { Filing, VerwendungsnachweisFiling } from "../shared/filing";
import type { FieldPath } from "../shared/layout";
import type { Finding } from "../shared/rules";
import { readWorkbook } from "../shared/xlsx/read-workbook";
import { CliError } from "./cli-error";
import { unreadableProblem } from "./load-workbook";

const CROSS_RULE = "JB-RESSOURCEN-ABGLEICH";

export interface CrossCheckPartner {
  file: string;
  filing: VerwendungsnachweisFiling;
  /** Where a field lives in the Verwendungsnachweis workbook, for the findings' related cell. */
  cellOf: (path: FieldPath) => string | undefined;
}

/**
 * The Verwendungsnachweis of `validate --verwendungsnachweis`, read once: its data goes to
 * `validateWorkbook` of the Jahresbericht, its cells into the findings. It is not validated itself.
 */
export const readCrossCheckPartner = async (buffer: Uint8Array, file: string): Promise<CrossCheckPartner> => {
  let read: Awaited<ReturnType<typeof readWorkbook>>;
  try {
    read = await readWorkbook(buffer);
  } catch (err) {
    throw new CliError(
      `„${file}“ kann nicht als Excel-Arbeitsmappe (.xlsx) gelesen werden (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
  if (!read.filing) throw new CliError(unreadableProblem(file, read.findings));
  if (read.filing.kind !== "verwendungsnachweis") {
    throw new CliError(`„${file}“ ist kein Verwendungsnachweis. Bitte den Verwendungsnachweis angeben.`);
  }
  return { file, filing: read.filing, cellOf: read.cellOf };
};

/**
 * Jahresbericht 3.1 against the Verwendungsnachweis of the same Träger, district and year: checks
 * that the two belong together and names the related cell in the other workbook, `[vn.xlsx]'Blatt'!B5`.
 * The findings themselves come from `validateWorkbook(…, { verwendungsnachweis })`.
 */
export const placeCrossCheckFindings = (
  filing: Filing,
  findings: Finding[],
  partner: CrossCheckPartner,
): Finding[] => {
  if (filing.kind !== "jahresbericht") {
    throw new CliError("--verwendungsnachweis passt nur zur Prüfung eines Jahresberichts.");
  }
  const { traegerId, districtId, year } = partner.filing.meta;
  if (
    traegerId !== filing.meta.traegerId ||
    districtId !== filing.meta.districtId ||
    year !== filing.meta.year
  ) {
    throw new CliError(
      `„${partner.file}“ gehört zu ${traegerId}, ${districtId}, ${year}, der Jahresbericht zu ${filing.meta.traegerId}, ${filing.meta.districtId}, ${filing.meta.year}. Bitte den passenden Verwendungsnachweis angeben.`,
    );
  }
  return findings.map((f): Finding => {
    if (f.ruleId !== CROSS_RULE || !f.related) return f;
    const cell = partner.cellOf(f.related.path);
    return cell ? { ...f, related: { ...f.related, cell: `[${partner.file}]${cell}` } } : f;
  });
};
