import type { ReviewRequest } from "../../shared/api/api-schemas";
import type { FilingHead } from "../../shared/api/records";
import type { Filing } from "../../shared/filing/filing";
import { nichtAnerkanntUeberKosten } from "../../shared/pruefung/nicht-anerkannt-grenze";
import type { Pruefvermerk, Quittierung } from "../../shared/pruefung/pruefvermerk";
import { BadRequestError, ConflictError, NotFoundError } from "./errors";
import { NichtAnerkanntError } from "./nicht-anerkannt-error";
import { localDate } from "./due-status";
import type { Principal } from "./principal";
import type { ServiceDeps } from "./service-deps";

/** The latest version's content and the rule ids of its open Warnungen, each once, in order. */
const latestVersion = async (
  head: FilingHead,
  deps: ServiceDeps,
): Promise<{ content: Filing; open: string[] }> => {
  const record = await deps.store.getVersion(head.filingId, head.latestVersion);
  if (!record) throw new NotFoundError(`Version ${head.latestVersion} des Vorgangs wurde nicht gefunden.`);
  const open = [...new Set(record.findings.filter((f) => f.severity === "warnung").map((f) => f.ruleId))];
  return { content: record.content, open };
};

/**
 * „pruefen“ writes a Prüfvermerk, and only once every open Warnung of the version is acknowledged
 * with a reason – so a Zuschuss that differs from the granted amount can no longer pass unseen –
 * and refuses no Kostenart beyond what the version states for it.
 * Returns what the audit entry keeps; other actions keep neither.
 */
export const checkPruefvermerk = async (
  principal: Principal,
  head: FilingHead,
  request: ReviewRequest,
  deps: ServiceDeps,
): Promise<{ pruefvermerk?: Pruefvermerk; quittierungen?: Quittierung[] }> => {
  if (request.action !== "pruefen") {
    if (request.pruefvermerk)
      throw new BadRequestError("Ein Prüfvermerk gehört nur zu „rechnerische Richtigkeit geprüft“.");
    return {};
  }
  if (!request.pruefvermerk)
    throw new BadRequestError(
      "Zum Prüfen ist ein Prüfvermerk nötig: Prüfumfang (rechnerisch, sachlich, Belegprüfung) und Ergebnis (ohne oder mit Beanstandung).",
    );
  const given = request.quittierungen ?? [];
  const { content, open } = await latestVersion(head, deps);
  const { ergebnis } = request.pruefvermerk;
  if (ergebnis.art === "mit_beanstandung" && content.kind === "verwendungsnachweis") {
    const tooHigh = nichtAnerkanntUeberKosten(ergebnis.nichtAnerkannt, content.data.schlussrechnung);
    if (tooHigh) throw new NichtAnerkanntError(tooHigh);
  }
  const missing = open.filter((id) => !given.some((q) => q.ruleId === id));
  if (missing.length > 0)
    throw new ConflictError(
      `Offene Warnungen sind noch nicht quittiert: ${missing.join(", ")}. Bitte jede mit einer kurzen Begründung quittieren, dann den Prüfvermerk schreiben.`,
    );
  const unknown = given.filter((q) => !open.includes(q.ruleId)).map((q) => q.ruleId);
  if (unknown.length > 0)
    throw new BadRequestError(
      `Quittiert wurden Regeln ohne offene Warnung in Version ${head.latestVersion}: ${unknown.join(", ")}. Bitte nur offene Warnungen quittieren.`,
    );
  const pruefvermerk: Pruefvermerk = {
    ...request.pruefvermerk,
    pruefer: { sub: principal.sub, name: principal.name },
    datum: localDate(deps.clock()),
  };
  return { pruefvermerk, ...(given.length > 0 && { quittierungen: given }) };
};
