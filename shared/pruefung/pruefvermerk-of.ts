import type { Pruefvermerk } from "./pruefvermerk";

/**
 * The Prüfvermerk written for `version` (its latest „pruefen“), if any – from the audit trail as the
 * store keeps it or as the filing detail returns it.
 */
export const pruefvermerkOf = (
  audit: readonly { action: string; version: number; pruefvermerk?: Pruefvermerk | undefined }[],
  version: number,
): Pruefvermerk | undefined =>
  audit.filter((e) => e.action === "pruefen" && e.version === version).at(-1)?.pruefvermerk;
