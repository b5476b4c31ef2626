import { useCallback, useEffect, useState } from "react";
import type { FilingSummary, ListResponse, MissingFiling } from "../../../shared/api/api-schemas";
import type { ApiClient } from "../../../shared/api/api-client";

export interface MyYear {
  year: number;
  items: FilingSummary[];
  missing: MissingFiling[];
}

/** The Rückfragen still open on a returned filing: the comments of the return of its latest version. */
const openQuestions = async (api: ApiClient, item: FilingSummary): Promise<number> => {
  if (item.status !== "zurueckgegeben") return 0;
  const detail = await api.getFiling(item.filingId);
  return detail.comments.filter((c) => c.action === "zurueckgeben" && c.version === item.latestVersion)
    .length;
};

/**
 * The Träger's own filings of the last years (the API lists only theirs), the forms still missing,
 * and per returned filing how many Rückfragen are open. Errors reach the screen.
 */
export const useMyFilings = (api: ApiClient, programmeId: string, years: readonly number[]) => {
  const [data, setData] = useState<{ years: MyYear[]; questions: Record<string, number> }>();
  const [error, setError] = useState<string>();
  const key = years.join(",");
  const load = useCallback(async () => {
    const lists: ListResponse[] = await Promise.all(
      key.split(",").map((y) => api.listFilings(programmeId, Number(y))),
    );
    const mine = lists.map((l, i) => ({
      year: Number(key.split(",")[i]),
      items: l.items,
      missing: l.missing,
    }));
    const returned = mine.flatMap((y) => y.items).filter((i) => i.status === "zurueckgegeben");
    const counts = await Promise.all(returned.map((i) => openQuestions(api, i)));
    return { years: mine, questions: Object.fromEntries(returned.map((i, n) => [i.filingId, counts[n]!])) };
  }, [api, programmeId, key]);
  const reload = useCallback(
    () =>
      load().then(
        (d) => {
          setData(d);
          setError(undefined);
        },
        (e: Error) => setError(e.message),
      ),
    [load],
  );
  useEffect(() => {
    let current = true;
    load().then(
      (d) => current && setData(d),
      (e: Error) => current && setError(e.message),
    );
    return () => {
      current = false;
    };
  }, [load]);
  return { data, error, reload };
};
