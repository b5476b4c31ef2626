import { TooLargeError } from "../core/too-large-error";
import { UnsupportedTypeError } from "../core/unsupported-type-error";
import { UnknownBelegError } from "../core/unknown-beleg-error";
import { NichtAnerkanntError } from "../core/nicht-anerkannt-error";
import {
  BadRequestError,
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidFilingError,
  NotFoundError,
  StoreUnavailableError,
} from "../core/errors";
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
 * The HTTP status of each domain error class – chosen here, once, and nowhere in functions/core.
 * Subclasses answer as their parent (a VersionCapError is a 409 conflict). The edge's own
 * RequestError carries its status (400, 413, 415 …).
 */
const STATUS_OF: readonly (readonly [new (...args: never[]) => DomainError, number])[] = [
  [BadRequestError, 400],
  [UnauthorizedError, 401],
  [ForbiddenError, 403],
  [NotFoundError, 404],
  [ConflictError, 409],
  [TooLargeError, 413],
  [UnsupportedTypeError, 415],
  [InvalidFilingError, 422],
  [UnknownBelegError, 422],
  [NichtAnerkanntError, 422],
  [StoreUnavailableError, 503],
];

/** A domain error's status; undefined for a class without one, which is a bug answered as 500. */
export const statusOf = (err: DomainError): number | undefined =>
  err instanceof RequestError ? err.status : STATUS_OF.find(([type]) => err instanceof type)?.[1];

/**
 * Maps any error to problem+json, once, at the edge. Domain errors get the status of their class and
 * their German detail, which is safe to show; anything else is a bug: logged with the request id
 * (name and stack only – an error message may quote input) and answered as 500 without details.
 */
export const toProblem = (err: unknown, requestId: string): HttpResult => {
  const status = err instanceof DomainError ? statusOf(err) : undefined;
  if (!(err instanceof DomainError) || status === undefined) return internalError(err, requestId);
  if (err instanceof InvalidFilingError)
    return problem(status, err.type, err.title, err.message, { findings: err.findings });
  if (err instanceof RequestError)
    return problem(
      status,
      err.type,
      err.title,
      err.message,
      err.issues.length ? { issues: err.issues } : {},
      err.headers,
    );
  // RFC 6750: a 401 names the scheme, so clients know a Bearer token is expected.
  if (err instanceof UnauthorizedError)
    return problem(status, err.type, err.title, err.message, {}, CHALLENGE);
  if (err instanceof StoreUnavailableError)
    return problem(
      status,
      err.type,
      err.title,
      err.message,
      {},
      {
        "retry-after": String(err.retryAfterSeconds),
      },
    );
  return problem(status, err.type, err.title, err.message);
};

const internalError = (err: unknown, requestId: string): HttpResult => {
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
