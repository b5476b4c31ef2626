import { ConflictError } from "./errors";

/** Conflict – the filing already has as many versions as the year's parameters allow (maxVersionen). */
export class VersionCapError extends ConflictError {
  constructor(readonly cap: number) {
    super(
      `Dieser Vorgang hat bereits ${cap} Versionen – mehr erlauben die Programmparameter des Förderjahres nicht (maxVersionen). Bitte wenden Sie sich an die Koordinierungsstelle.`,
    );
  }
}
