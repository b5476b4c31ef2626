import { DomainError } from "../core/errors";

/**
 * Errors of the HTTP edge itself (bad JSON, wrong media type, missing token) – not domain errors,
 * so they live here and not in functions/core, and carry their HTTP status themselves. `issues` lists
 * what was wrong, one German sentence each.
 */
export class RequestError extends DomainError {
  constructor(
    readonly status: number,
    type: string,
    title: string,
    detail: string,
    readonly issues: string[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(type, title, detail);
  }
}

export const badRequest = (detail: string, issues: string[] = []) =>
  new RequestError(400, "bad-request", "Ungültige Anfrage", detail, issues);

export const unsupportedMediaType = (detail: string) =>
  new RequestError(415, "unsupported-media-type", "Format nicht unterstützt", detail);

export const payloadTooLarge = (detail: string) =>
  new RequestError(413, "payload-too-large", "Anfrage zu groß", detail);
