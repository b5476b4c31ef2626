import { districtName, traegerName } from "../shared/programme/stammdaten";
import { FILING_KIND_LABELS, type Filing } from "../shared/filing";
import { formatFindingCounts } from "../shared/money/format-de";
import { SEVERITY_LABELS, type Finding, type Severity } from "../shared/rules";

export type FindingCounts = Record<Severity, number>;

export const countFindings = (findings: readonly Finding[]): FindingCounts => ({
  fehler: findings.filter((f) => f.severity === "fehler").length,
  warnung: findings.filter((f) => f.severity === "warnung").length,
  hinweis: findings.filter((f) => f.severity === "hinweis").length,
});

/** Where to look: the cell when the workbook has one for the field, else the form's label. */
export const placeOf = (finding: Finding): string => finding.location.cell ?? finding.location.label;

/** One line per finding: Schwere, Regel-ID, Zelle, Meldung – columns aligned for the terminal. */
export const formatFindingLines = (findings: readonly Finding[]): string[] => {
  const width = (values: string[]) => Math.max(0, ...values.map((v) => v.length));
  const severities = findings.map((f) => SEVERITY_LABELS[f.severity]);
  const ids = findings.map((f) => f.ruleId);
  const places = findings.map(placeOf);
  const [w1, w2, w3] = [width(severities), width(ids), width(places)];
  return findings.map(
    (f, i) =>
      `${severities[i]!.padEnd(w1)}  ${ids[i]!.padEnd(w2)}  ${places[i]!.padEnd(w3)}  ${oneLine(f.message)}${
        f.related ? ` (vgl. ${f.related.cell ?? f.related.label})` : ""
      }`,
  );
};

export const formatSummary = (counts: FindingCounts): string => {
  const parts = formatFindingCounts(counts);
  return counts.fehler > 0
    ? `${parts} – bitte die Fehler beheben, erst dann kann eingereicht werden.`
    : `${parts} – die Arbeitsmappe kann eingereicht werden.`;
};

export const describeFiling = (filing: Pick<Filing, "kind" | "meta">): string =>
  `${FILING_KIND_LABELS[filing.kind]} ${filing.meta.year}, ${traegerName(filing.meta.programmeId, filing.meta.traegerId)}, Stadtteil ${districtName(filing.meta.programmeId, filing.meta.districtId)}`;

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, " ");
