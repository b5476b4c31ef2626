import type { Finding } from "../../shared/rules/finding";

/**
 * Domain errors the services throw; `toProblem` (functions/http) maps each to one HTTP status.
 * Messages are German and safe to show: they never carry staff names, salaries or free text.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    detail: string,
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

/** 404 – also what a Träger gets for another Träger's filing, so existence is not revealed. */
export class NotFoundError extends DomainError {
  constructor(detail = "Der Vorgang wurde nicht gefunden.") {
    super(404, "not-found", "Nicht gefunden", detail);
  }
}

/** 403 – the role may not do this at all (e.g. a Träger accepting a filing). */
export class ForbiddenError extends DomainError {
  constructor(detail = "Für diese Aktion fehlt die Berechtigung.") {
    super(403, "forbidden", "Keine Berechtigung", detail);
  }
}

/** 409 – the filing's state does not allow it, or someone else changed it first. */
export class ConflictError extends DomainError {
  constructor(detail: string) {
    super(409, "conflict", "Konflikt", detail);
  }
}

/** 400 – the request itself is malformed (bad JSON, missing header, unknown parameter). */
export class BadRequestError extends DomainError {
  constructor(detail: string) {
    super(400, "bad-request", "Ungültige Anfrage", detail);
  }
}

/** 422 – the filing breaks rules with severity Fehler; nothing was stored. */
export class InvalidFilingError extends DomainError {
  constructor(
    readonly findings: Finding[],
    detail = `Die Einreichung enthält ${findings.filter((f) => f.severity === "fehler").length} Fehler und wurde nicht gespeichert.`,
  ) {
    super(422, "invalid-filing", "Einreichung fehlerhaft", detail);
  }
}

/**
 * 503 – the store did not answer in time or not at all (timeouts and retries used up). Nothing was
 * stored, or the whole change was: a retry with the same Idempotency-Key is safe.
 */
export class StoreUnavailableError extends DomainError {
  constructor(readonly retryAfterSeconds = 5) {
    super(
      503,
      "store-unavailable",
      "Vorübergehend nicht verfügbar",
      "Die Ablage antwortet gerade nicht. Bitte in einigen Sekunden erneut versuchen – eine Einreichung mit demselben Idempotency-Key wird nicht doppelt gespeichert.",
    );
  }
}
