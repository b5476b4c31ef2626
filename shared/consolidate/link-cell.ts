import type { Cell } from "./sheet-model";

/**
 * Where a signed-in user opens a stored version: the web app with the version in the fragment
 * (`#vorgang=<id>&version=<n>`). The API's own URL would answer 401 to a click from a
 * spreadsheet (no token); the fragment never reaches a server, so any static host serves it.
 */
export const filingViewUrl = (appBase: string, filingId: string, version: number): string =>
  `${appBase.replace(/\/+$/, "")}/#vorgang=${encodeURIComponent(filingId)}&version=${version}`;

/** The version a web-app address names (see filingViewUrl), for the app to open it after sign-in. */
export const parseFilingViewHash = (hash: string): { filingId: string; version: number } | undefined => {
  const match = /^#?vorgang=([a-z0-9.-]+)&version=([1-9]\d{0,5})$/.exec(hash);
  return match ? { filingId: match[1]!, version: Number(match[2]) } : undefined;
};

/**
 * The link to the stored version a row comes from: a HYPERLINK formula to the web app's view where
 * its address is known, else the label as plain text – never a link that opens nothing. The
 * formula is built from ids only, never from typed text.
 */
export const linkCell = (filingId: string, version: number, appBase: string | undefined): Cell => {
  const label = `Version ${version}`;
  if (!appBase) return label;
  const url = filingViewUrl(appBase, filingId, version).replaceAll('"', "%22");
  return { formula: `HYPERLINK("${url}","${label}")`, result: label };
};
