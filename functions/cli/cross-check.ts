import { defaultProgramParams, type Filing } from "../../shared/filing";
import { compareFindings, validate, type Finding } from "../../shared/rules";
import { readWorkbook } from "../../shared/xlsx/read-workbook";
import { CliError } from "./cli-error";
import { loadWorkbook } from "./load-workbook";

const CROSS_RULE = "JB-RESSOURCEN-ABGLEICH";

/**
 * Jahresbericht 3.1 against the Verwendungsnachweis of the same Träger, district and year: the one
 * rule that needs two workbooks. `validateWorkbook` takes one, so the CLI reads both and adds the
 * rule's findings with the cell in each workbook.
 */
export const crossCheckWithVerwendungsnachweis = async (
  jahresbericht: { buffer: Buffer; filing: Filing; findings: Finding[] },
  vn: { buffer: Buffer; file: string },
): Promise<Finding[]> => {
  const { filing } = jahresbericht;
  if (filing.kind !== "jahresbericht") {
    throw new CliError("--verwendungsnachweis passt nur zur Prüfung eines Jahresberichts.");
  }
  const other = (await loadWorkbook(vn.buffer, vn.file)).filing;
  if (other.kind !== "verwendungsnachweis") {
    throw new CliError(`„${vn.file}“ ist kein Verwendungsnachweis. Bitte den Verwendungsnachweis angeben.`);
  }
  const { traegerId, districtId, year } = other.meta;
  if (
    traegerId !== filing.meta.traegerId ||
    districtId !== filing.meta.districtId ||
    year !== filing.meta.year
  ) {
    throw new CliError(
      `„${vn.file}“ gehört zu ${traegerId}, ${districtId}, ${year}, der Jahresbericht zu ${filing.meta.traegerId}, ${filing.meta.districtId}, ${filing.meta.year}. Bitte den passenden Verwendungsnachweis angeben.`,
    );
  }
  const [jbCells, vnCells] = await Promise.all([readWorkbook(jahresbericht.buffer), readWorkbook(vn.buffer)]);
  const cross = validate(filing, defaultProgramParams(year), { verwendungsnachweis: other.data })
    .filter((f) => f.ruleId === CROSS_RULE)
    .map((f): Finding => {
      const cell = jbCells.cellOf(f.location.path);
      const relatedCell = f.related && vnCells.cellOf(f.related.path);
      return {
        ...f,
        location: { ...f.location, ...(cell && { cell }) },
        ...(f.related && {
          related: { ...f.related, ...(relatedCell && { cell: `[${vn.file}]${relatedCell}` }) },
        }),
      };
    });
  return [...jahresbericht.findings, ...cross].sort(compareFindings);
};
