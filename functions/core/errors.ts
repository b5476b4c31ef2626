import type { Finding } from "../../shared/rules/finding";

/**
 * Domain errors the services throw. They say what went wrong, not how a transport answers it: the
 * HTTP status of each class is chosen once, in `functions/http/to-problem.ts` (STYLE.md, "Layers"),
 * and `tests/architecture/layers.test.ts` keeps status numbers out of this file.
 * Messages are German and safe to show: they never carry staff names, salaries or free text.
 */
export class DomainError extends Error {
  constructor(
    /** Stable problem type (`not-found`), the last segment of the problem+json `type`. */
    readonly type: string,
    readonly title: string,
    detail: string,
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

/** Not found – also what a Träger gets for another Träger's filing, so existence is not revealed. */
export class NotFoundError extends DomainError {
  constructor(detail = "Der Vorgang wurde nicht gefunden.") {
    super("not-found", "Nicht gefunden", detail);
  }
}

/** Forbidden – the role may not do this at all (e.g. a Träger accepting a filing). */
export class ForbiddenError extends DomainError {
  constructor(detail = "Für diese Aktion fehlt die Berechtigung.") {
    super("forbidden", "Keine Berechtigung", detail);
  }
}

/** Conflict – the filing's state does not allow it, or someone else changed it first. */
export class ConflictError extends DomainError {
  constructor(detail: string) {
    super("conflict", "Konflikt", detail);
  }
}

/** Bad request – the request itself is malformed (bad JSON, missing header, unknown parameter). */
export class BadRequestError extends DomainError {
  constructor(detail: string) {
    super("bad-request", "Ungültige Anfrage", detail);
  }
}

/** Invalid filing – the filing breaks rules with severity Fehler; nothing was stored. */
export class InvalidFilingError extends DomainError {
  constructor(
    readonly findings: Finding[],
    detail = `Die Einreichung enthält ${findings.filter((f) => f.severity === "fehler").length} Fehler und wurde nicht gespeichert.`,
  ) {
    super("invalid-filing", "Einreichung fehlerhaft", detail);
  }
}

/**
 * Store unavailable – the store did not answer in time or not at all (timeouts and retries used up). Nothing was
 * stored, or the whole change was: a retry with the same Idempotency-Key is safe.
 */
export class StoreUnavailableError extends DomainError {
  constructor(readonly retryAfterSeconds = 5) {
    super(
      "store-unavailable",
      "Vorübergehend nicht verfügbar",
      "Die Ablage antwortet gerade nicht. Bitte in einigen Sekunden erneut versuchen – eine Einreichung mit demselben Idempotency-Key wird nicht doppelt gespeichert.",
    );
  }
}
