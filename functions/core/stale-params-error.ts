/**
 * The program parameters a submission was validated with are no longer the year's latest (the
 * Koordinierungsstelle stored a new version meanwhile): the store refused the transaction, the
 * service re-reads the parameters and validates again. Never reaches a client.
 */
export class StaleParamsError extends Error {
  constructor() {
    super("Die Programmparameter wurden während der Einreichung geändert.");
    this.name = "StaleParamsError";
  }
}
