import type { Filing } from "../shared/filing";
import type { Finding } from "../shared/rules";
import type { CheckWorkbookOptions } from "../shared/workbook/check-workbook";
import { validateWorkbook } from "../shared/xlsx/read-workbook";
import { XlsxRefusedError } from "../shared/xlsx/xlsx-refused";
import { CliError } from "./cli-error";

/** A readable workbook with its findings, or – no xlsx or no Förderbericht workbook – the German reason. */
export type InspectedWorkbook =
  { filing: Filing; findings: Finding[] } | { filing: null; findings: Finding[]; problem: string };

/** Why a file is no Förderbericht workbook, from the reader's EINGABE-MAPPE findings. */
export const unreadableProblem = (file: string, findings: readonly Finding[]): string => {
  const reasons = findings.map((f) => f.message).join("\n");
  return `„${file}“ kann nicht gelesen werden: ${reasons || "keine Arbeitsmappe des Förderberichts."}\nVorlagen erzeugt „foerderbericht template --help“ oder das Add-in.`;
};

/** Reads and validates a workbook; never throws for bad content, only reports it. */
export const inspectWorkbook = async (
  buffer: Uint8Array,
  file: string,
  options?: CheckWorkbookOptions,
): Promise<InspectedWorkbook> => {
  try {
    const { filing, findings } = await validateWorkbook(buffer, options);
    if (filing) return { filing, findings };
    return { filing: null, findings, problem: unreadableProblem(file, findings) };
  } catch (err) {
    if (err instanceof XlsxRefusedError)
      return { filing: null, findings: [], problem: `„${file}“ wird nicht gelesen. ${err.message}` };
    return {
      filing: null,
      findings: [],
      problem: `„${file}“ kann nicht als Excel-Arbeitsmappe (.xlsx) gelesen werden (${err instanceof Error ? err.message : String(err)}).\nBitte die Datei in Excel öffnen und als .xlsx speichern.`,
    };
  }
};

/** Like `inspectWorkbook`, but an unreadable workbook is a CliError (exit 2). */
export const loadWorkbook = async (buffer: Uint8Array, file: string) => {
  const inspected = await inspectWorkbook(buffer, file);
  if (!inspected.filing) throw new CliError(inspected.problem);
  return { filing: inspected.filing, findings: inspected.findings };
};
