import { DomainError } from "./errors";

/** 413 – more bytes than can be kept (an original, a signed upload); nothing was stored. */
export class TooLargeError extends DomainError {
  constructor(detail: string) {
    super("payload-too-large", "Anfrage zu groß", detail);
  }
}

/** "2 MB" for 2 MiB: the bound as a user reads it. */
export const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString("de-DE", { maximumFractionDigits: 1 })} MB`;
