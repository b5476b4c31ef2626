import { filingKindSchema, filingSchema, type Filing, type FilingKind } from "../../shared/filing/filing";
import { labelForPath } from "../../shared/filing/labels";
import { findProgramme } from "../../shared/programme/programmes";
import type { Finding } from "../../shared/rules/finding";
import { InvalidFilingError } from "./errors";
import { germanErrors } from "./german-errors";

const locate = (kind: FilingKind, programmeId: string | undefined, issuePath: readonly PropertyKey[]) => {
  const path = issuePath.filter((s): s is string | number => typeof s !== "symbol");
  if (path[0] === "data") {
    const inData = path.slice(1);
    return { path: inData, label: inData.length ? labelForPath(kind, inData, programmeId) : "Inhalt (data)" };
  }
  // kind and meta identify the filing; they have no form label.
  return { path, label: ["Angaben zur Einreichung", ...path.map(String)].join(" › ") };
};

/**
 * Parses a request body as a Filing. Where it does not match the schema, throws InvalidFilingError
 * with one EINGABE-SCHEMA finding per problem, naming the field (path and German label).
 */
export const parseFilingBody = (body: unknown): Filing => {
  const parsed = filingSchema.safeParse(body, { error: germanErrors });
  if (parsed.success) return parsed.data;
  const declared = filingKindSchema.safeParse((body as { kind?: unknown } | null)?.kind);
  const kind: FilingKind = declared.success ? declared.data : "verwendungsnachweis";
  // Labels in the words of the programme the body names, if it names one this service knows.
  const named = (body as { meta?: { programmeId?: unknown } } | null)?.meta?.programmeId;
  const programmeId = typeof named === "string" && findProgramme(named) ? named : undefined;
  const findings: Finding[] = parsed.error.issues.map((issue) => {
    const location = locate(kind, programmeId, issue.path);
    return {
      ruleId: "EINGABE-SCHEMA",
      severity: "fehler",
      message: `„${location.label}“: ${issue.message}. Bitte die Angabe korrigieren.`,
      location: { kind, ...location },
    };
  });
  throw new InvalidFilingError(findings);
};
