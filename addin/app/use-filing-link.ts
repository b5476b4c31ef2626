import { useEffect, useState } from "react";
import { parseFilingViewHash } from "../../shared/consolidate/link-cell";

export type FilingLink = NonNullable<ReturnType<typeof parseFilingViewHash>>;

/**
 * The stored version the page's address names (`#vorgang=…&version=…`, the consolidated workbook's
 * „Gespeicherte Version“ links): read at start and on every hash change. The fragment survives the
 * sign-in, so the desk opens the version once the user is signed in.
 */
export const useFilingLink = (): FilingLink | undefined => {
  const [link, setLink] = useState(() => parseFilingViewHash(location.hash));
  useEffect(() => {
    const changed = () => setLink(parseFilingViewHash(location.hash));
    addEventListener("hashchange", changed);
    return () => removeEventListener("hashchange", changed);
  }, []);
  return link;
};
