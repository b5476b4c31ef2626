import { DomainError } from "./errors";

/**
 * 422 – a Prüfvermerk refuses more of a Kostenart than the version states for it
 * (shared/pruefung/nicht-anerkannt-grenze.ts). The request is well-formed; nothing was stored.
 */
export class NichtAnerkanntError extends DomainError {
  constructor(detail: string) {
    super("nicht-anerkannt-zu-hoch", "Nicht anerkannter Betrag zu hoch", detail);
  }
}
