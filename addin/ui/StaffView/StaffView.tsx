import {
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { ListResponse } from "../../../shared/api/api-schemas";
import type { Role } from "../../../shared/domain/lifecycle";
import type { ApiClient } from "../../api/api-client";
import type { WorkbookSurface } from "../../host/workbook-surface";
import { FilingList } from "../FilingList/FilingList";
import { ReviewPanel } from "../ReviewPanel/ReviewPanel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

export interface StaffViewProps {
  api: ApiClient;
  surface: WorkbookSurface;
  role: Role;
  programmeId: string;
  now?: Date;
}

/** Koordinierungsstelle and Leitung: the year's filings, and the one being reviewed. */
export const StaffView = ({ api, surface, role, programmeId, now = new Date() }: StaffViewProps) => {
  const styles = useStyles();
  const thisYear = now.getFullYear();
  const [year, setYear] = useState(thisYear - 1);
  const [list, setList] = useState<ListResponse>();
  const [error, setError] = useState<string>();
  const [selected, setSelected] = useState<string>();
  // Opening a filing again (also the same one) loads it afresh: the Träger may have resubmitted.
  const [opened, setOpened] = useState(0);
  const reload = useCallback(
    () =>
      api.listFilings(programmeId, year).then(
        (l) => {
          setList(l);
          setError(undefined);
        },
        (e: Error) => setError(e.message),
      ),
    [api, programmeId, year],
  );
  useEffect(() => {
    setList(undefined);
    setSelected(undefined);
    void reload();
  }, [reload]);
  return (
    <div className={styles.root}>
      <Field label="Förderjahr">
        <Select value={String(year)} onChange={(_e, d) => setYear(Number(d.value))}>
          {[thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {selected && (
        <ReviewPanel
          key={`${selected}-${opened}`}
          api={api}
          surface={surface}
          role={role}
          filingId={selected}
          onChanged={() => void reload()}
        />
      )}
      {list ? (
        <FilingList
          list={list}
          {...(selected && { selected })}
          onOpen={(id) => {
            setSelected(id);
            setOpened((n) => n + 1);
            void reload();
          }}
        />
      ) : (
        !error && <Spinner size="tiny" label="Lädt die Vorgänge …" />
      )}
    </div>
  );
};
