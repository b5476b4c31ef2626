import type { Cell } from "./sheet-model";

/** The API path of a stored version; ids are slugs joined by dots, so they need no escaping. */
export const versionPath = (filingId: string, version: number) =>
  `/filings/${encodeURIComponent(filingId)}/versions/${version}`;

/**
 * The link to the stored version a row comes from: a HYPERLINK formula where the API's address is
 * known, else the path as text. The formula is built from ids only – never from typed text.
 */
export const linkCell = (filingId: string, version: number, linkBase: string | undefined): Cell => {
  const path = versionPath(filingId, version);
  if (!linkBase) return path;
  const url = `${linkBase.replace(/\/+$/, "")}${path}`.replaceAll('"', "%22");
  const label = `Version ${version}`;
  return { formula: `HYPERLINK("${url}","${label}")`, result: label };
};
