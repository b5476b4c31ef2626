import { useEffect, useState } from "react";

/**
 * The page's fragment, now and after every change. A consolidated workbook's „Gespeicherte Version“
 * link names a stored version there (`#vorgang=…&version=…`); the fragment survives the sign-in,
 * and the staff screens (loaded after it) read the version from it – the parser stays out of the
 * start chunk.
 */
export const useLocationHash = (): string => {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const changed = () => setHash(location.hash);
    addEventListener("hashchange", changed);
    return () => removeEventListener("hashchange", changed);
  }, []);
  return hash;
};
