import type { ProgrammeYear } from "../../shared/programme/program-params";
import { filingKey } from "../../shared/filing/filing";
import { isKnownDistrict, isKnownTraeger } from "../../shared/programme/stammdaten";
import { zahlungsSummen, type ZahlungEintrag, type ZahlungVorgang } from "../../shared/pruefung/zahlung";
import type {
  ZahlungRequest,
  ZahlungenListQuery,
  ZahlungenResponse,
} from "../../shared/api/pruefung-schemas";
import { BadRequestError, ConflictError, ForbiddenError } from "./errors";
import { getParams } from "./get-params";
import type { Principal } from "./principal";
import { requireProgrammeAccess } from "./programme-access";
import type { ServiceDeps } from "./service-deps";
import { zahlungsStandOf } from "./zahlungs-stand-of";

/** The year's ledger; a Träger sees only its own entries (restricted in the key condition). */
export const listZahlungen = async (
  principal: Principal,
  at: ProgrammeYear,
  query: ZahlungenListQuery,
  deps: ServiceDeps,
): Promise<ZahlungenResponse> => {
  requireProgrammeAccess(principal, at.programmeId);
  const traegerId = principal.role === "traeger" ? principal.traegerId : query.traeger;
  const eintraege = await deps.store.listZahlungen({
    ...at,
    ...(traegerId !== undefined && { traegerId }),
    ...(traegerId !== undefined && query.district !== undefined && { districtId: query.district }),
  });
  const { ausgezahlt, zurueckgezahlt } = zahlungsSummen(eintraege);
  return { eintraege, ausgezahlt, zurueckgezahlt };
};

/** The Rückforderung as it follows now from the Prüfvermerk and the payments; 409 without one. */
const festsetzungsBetrag = async (at: ProgrammeYear, request: ZahlungRequest, deps: ServiceDeps) => {
  const filingId = filingKey("verwendungsnachweis", { ...at, ...request });
  const head = await deps.store.getHead(filingId);
  const [latest, audit, params] = head
    ? await Promise.all([
        deps.store.getVersion(filingId, head.latestVersion),
        deps.store.listAudit(filingId),
        getParams(at, deps),
      ])
    : [];
  const stand =
    head && latest && audit && params && (await zahlungsStandOf(head, latest, audit, params, deps))?.stand;
  if (!stand?.rueckforderung)
    throw new ConflictError(
      "Eine Rückforderung kann erst festgesetzt werden, wenn der Prüfvermerk zur aktuellen Version des Verwendungsnachweises geschrieben ist.",
    );
  return stand.rueckforderung.betrag;
};

/**
 * Koordinierung records an Auszahlung, sets a Rückforderung (its amount computed here, never
 * typed) or records the repayment received – each an entry of the append-only ledger.
 */
export const addZahlung = async (
  principal: Principal,
  at: ProgrammeYear,
  request: ZahlungRequest,
  deps: ServiceDeps,
): Promise<ZahlungEintrag> => {
  if (principal.role !== "koordinierung")
    throw new ForbiddenError("Zahlungen und Rückforderungen erfasst nur die Koordinierungsstelle.");
  requireProgrammeAccess(principal, at.programmeId);
  if (!isKnownTraeger(at.programmeId, request.traegerId))
    throw new BadRequestError(
      `traegerId: Den Träger „${request.traegerId}“ gibt es in diesem Programm nicht.`,
    );
  if (!isKnownDistrict(at.programmeId, request.districtId))
    throw new BadRequestError(
      `districtId: Den Stadtteil „${request.districtId}“ gibt es in diesem Programm nicht.`,
    );
  let vorgang: ZahlungVorgang = request.vorgang;
  if (vorgang.typ === "festsetzung") {
    if (vorgang.faelligAm < vorgang.datum)
      throw new BadRequestError(
        "faelligAm: Der Fälligkeitstag darf nicht vor dem Tag der Festsetzung liegen.",
      );
    vorgang = { ...vorgang, betrag: await festsetzungsBetrag(at, request, deps) };
  }
  if (vorgang.typ === "rueckzahlung") {
    const ledger = await deps.store.listZahlungen({ ...at, ...request });
    if (!zahlungsSummen(ledger).festsetzung)
      throw new ConflictError(
        "Ein Zahlungseingang setzt eine festgesetzte Rückforderung voraus; bitte zuerst festsetzen.",
      );
  }
  return deps.store.appendZahlung({
    programmeId: at.programmeId,
    year: at.year,
    traegerId: request.traegerId,
    districtId: request.districtId,
    at: deps.clock().toISOString(),
    by: { sub: principal.sub, name: principal.name },
    vorgang,
  });
};
