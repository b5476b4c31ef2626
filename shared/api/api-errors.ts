import type { Problem } from "./problem-schema";

/** An answer of the API that is not 2xx: its problem details (German `detail`, findings on 422). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem>,
  ) {
    super(problem.detail ?? problem.title ?? `Die Schnittstelle antwortete mit ${status}.`);
  }
}

/** The network failed before any answer: safe to retry with the same Idempotency-Key. */
export class NetworkError extends Error {
  constructor() {
    super("Keine Verbindung zum Server. Bitte die Verbindung prüfen und erneut versuchen.");
  }
}

/**
 * A 2xx answer that is not what shared/api/routes.ts documents for the route (status or JSON): client
 * and server disagree, so nothing of it is used. Names the route and every field that did not fit.
 */
export class ResponseMismatchError extends Error {
  constructor(
    readonly routeId: string,
    readonly issues: string[],
  ) {
    super(
      `Die Antwort der Schnittstelle auf „${routeId}“ passt nicht zu ihrer Beschreibung (${issues.join("; ")}). Bitte die Seite neu laden; bleibt der Fehler, die Koordinierungsstelle informieren.`,
    );
  }
}
