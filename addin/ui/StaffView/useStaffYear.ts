import { useCallback, useEffect, useRef, useState } from "react";
import type { ListResponse } from "../../../shared/api/api-schemas";
import type { ApiClient } from "../../../shared/api/api-client";

/**
 * The year's list for the staff: loads on a year change and on demand. Only the answer to the
 * latest request is shown – a slow answer for the year chosen before never overwrites the current one.
 */
export const useStaffYear = (api: ApiClient, programmeId: string, year: number) => {
  // Each answer carries the year it is for: another year's list is never shown, not even briefly.
  const key = `${programmeId}/${year}`;
  const [state, setState] = useState<{ key: string; list?: ListResponse; error?: string }>({ key: "" });
  const latest = useRef(0);
  const reload = useCallback(() => {
    const request = ++latest.current;
    const at = `${programmeId}/${year}`;
    return api.listFilings(programmeId, year).then(
      (list) => {
        if (request === latest.current) setState({ key: at, list });
      },
      (e: Error) => {
        if (request === latest.current)
          setState((s) => ({ key: at, ...(s.key === at && s.list && { list: s.list }), error: e.message }));
      },
    );
  }, [api, programmeId, year]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const mine = state.key === key;
  return { list: mine ? state.list : undefined, error: mine ? state.error : undefined, reload };
};
