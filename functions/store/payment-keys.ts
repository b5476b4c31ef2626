import type { ProgrammeYear } from "../../shared/programme/program-params";

/**
 * The payment ledger of a programme's year: one partition, sorted by Träger and district, so a
 * year's list is one query and one Träger's district a prefix of it (see docs/pruefung.md).
 */
export const zahlungPk = (at: ProgrammeYear) => `ZAHLUNG#${at.programmeId}#${at.year}`;
export const ZAHLUNG_PREFIX = "ZAHLUNG#";
export const zahlungPrefix = (traegerId?: string, districtId?: string) =>
  traegerId === undefined
    ? ZAHLUNG_PREFIX
    : districtId === undefined
      ? `${ZAHLUNG_PREFIX}${traegerId}#`
      : `${ZAHLUNG_PREFIX}${traegerId}#${districtId}#`;
export const zahlungSk = (traegerId: string, districtId: string, seq: number) =>
  `${zahlungPrefix(traegerId, districtId)}${String(seq).padStart(6, "0")}`;
