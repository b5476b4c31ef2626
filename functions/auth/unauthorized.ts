import { DomainError } from "../core/errors";

/**
 * 401 – no token, or one this API does not accept. Auth's own error, so auth depends on core only;
 * the HTTP layer adds the challenge header RFC 6750 asks for (see `toProblem`).
 */
export class UnauthorizedError extends DomainError {
  constructor(detail: string) {
    super(401, "unauthorized", "Nicht angemeldet", detail);
  }
}

export const unauthorized = (detail: string) => new UnauthorizedError(detail);
