import { useCallback, useEffect, useRef, useState } from "react";
import type { ListResponse } from "../../../shared/api/api-schemas";
import type { ApiClient } from "../../api/api-client";

/**
 * The year's list for the staff: loads on a year change and on demand. Only the answer to the
 * latest request is shown – a slow answer for the year chosen before never overwrites the current one.
 */
export const useStaffYear = (api: ApiClient, programmeId: string, year: number) => {
  const [list, setList] = useState<ListResponse>();
  const [error, setError] = useState<string>();
  const latest = useRef(0);
  const reload = useCallback(() => {
    const request = ++latest.current;
    return api.listFilings(programmeId, year).then(
      (l) => {
        if (request !== latest.current) return;
        setList(l);
        setError(undefined);
      },
      (e: Error) => {
        if (request === latest.current) setError(e.message);
      },
    );
  }, [api, programmeId, year]);
  useEffect(() => {
    setList(undefined);
    void reload();
  }, [reload]);
  return { list, error, reload };
};
