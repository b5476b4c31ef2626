import { DomainError } from "./errors";

/**
 * 422 – a Belegnr. that is not there: not in the version's Belegliste (Stichprobe request) or not
 * requested in its Stichprobe (upload). The request is well-formed; nothing was stored.
 */
export class UnknownBelegError extends DomainError {
  constructor(detail: string) {
    super("unknown-beleg", "Beleg unbekannt", detail);
  }
}
