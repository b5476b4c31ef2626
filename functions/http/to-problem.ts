import { DomainError, InvalidFilingError, StoreUnavailableError } from "../core/errors";
import type { HttpResult } from "./json";
import { logger } from "./logger";
import { problem } from "./problem";
import { RequestError } from "./request-error";
import { UnauthorizedError } from "../auth/unauthorized";

const CHALLENGE = { "www-authenticate": 'Bearer realm="foerderbericht"' };

/** The stack's "at …" frames without the message above them, which may span lines and quote input. */
const framesOnly = (stack = "") => {
  const first = stack.indexOf("\n    at ");
  return first < 0 ? undefined : stack.slice(first + 1);
};

/**
 * Maps any error to problem+json, once, at the edge. Domain errors carry their own status and a
 * German detail that is safe to show; anything else is a bug: logged with the request id (name and
 * stack only – an error message may quote input) and answered as 500 without details.
 */
export const toProblem = (err: unknown, requestId: string): HttpResult => {
  if (err instanceof InvalidFilingError)
    return problem(err.status, err.type, err.title, err.message, { findings: err.findings });
  if (err instanceof RequestError)
    return problem(
      err.status,
      err.type,
      err.title,
      err.message,
      err.issues.length ? { issues: err.issues } : {},
      err.headers,
    );
  // RFC 6750: a 401 names the scheme, so clients know a Bearer token is expected.
  if (err instanceof UnauthorizedError)
    return problem(err.status, err.type, err.title, err.message, {}, CHALLENGE);
  if (err instanceof StoreUnavailableError)
    return problem(
      err.status,
      err.type,
      err.title,
      err.message,
      {},
      {
        "retry-after": String(err.retryAfterSeconds),
      },
    );
  if (err instanceof DomainError) return problem(err.status, err.type, err.title, err.message);
  logger.error("unexpected error", {
    requestId,
    errorName: err instanceof Error ? err.name : typeof err,
    stack: err instanceof Error ? framesOnly(err.stack) : undefined,
  });
  return problem(
    500,
    "internal",
    "Interner Fehler",
    `Ein unerwarteter Fehler ist aufgetreten. Bitte später erneut versuchen; Vorgangsnummer: ${requestId}.`,
  );
};
