import { DomainError } from "../core/errors";

/**
 * No token, or one this API does not accept. Auth's own error, so auth depends on core only;
 * the HTTP layer answers it with 401 and the challenge header RFC 6750 asks for (see `toProblem`).
 */
export class UnauthorizedError extends DomainError {
  constructor(detail: string) {
    super("unauthorized", "Nicht angemeldet", detail);
  }
}

export const unauthorized = (detail: string) => new UnauthorizedError(detail);
