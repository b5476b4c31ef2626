import type { Pruefung } from "../../shared/filing/pruefung";
import type { AuditEntry } from "../../shared/api/records";
import { describeErgebnis, describeUmfang } from "../../shared/pruefung/pruefvermerk";
import { localDate } from "./due-status";

/** The latest entry of `action`, if it refers to `version` – a review of another version says nothing. */
const stepFor = (audit: readonly AuditEntry[], action: AuditEntry["action"], version: number) => {
  const latest = audit.filter((e) => e.action === action).at(-1);
  return latest?.version === version ? latest : undefined;
};

/**
 * The city's 6./7. Prüfung of version `version` as the audit trail records it: who checked it and
 * took note of it, and when it went to the programme's Vorgangsstelle (days in Europe/Berlin). A step not reached
 * for this version – or reached for another one – stays null.
 */
export const pruefungFromAudit = (audit: readonly AuditEntry[], version: number): Pruefung => {
  const geprueft = stepFor(audit, "pruefen", version);
  const kenntnis = stepFor(audit, "kenntnis", version);
  const weitergeleitet = stepFor(audit, "weiterleiten", version);
  return {
    geprueft: geprueft
      ? {
          name: geprueft.by.name,
          datum: localDate(new Date(geprueft.at)),
          ...(geprueft.pruefvermerk && {
            umfang: describeUmfang(geprueft.pruefvermerk.umfang),
            ergebnis: describeErgebnis(geprueft.pruefvermerk.ergebnis),
          }),
        }
      : null,
    kenntnis: kenntnis ? { name: kenntnis.by.name, datum: localDate(new Date(kenntnis.at)) } : null,
    weitergeleitet: weitergeleitet ? { datum: localDate(new Date(weitergeleitet.at)) } : null,
  };
};
