import { DomainError } from "./errors";

/** 415 – the file is not of a type that can be kept here; nothing was stored. */
export class UnsupportedTypeError extends DomainError {
  constructor(detail: string) {
    super("unsupported-media-type", "Format nicht unterstützt", detail);
  }
}
