import {
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Role } from "../../../shared/domain/lifecycle";
import type { ApiClient } from "../../../shared/api/api-client";
import type { WorkbookSurface } from "../../host/workbook-surface";
import { ConsolidatedPanel } from "../ConsolidatedPanel/ConsolidatedPanel";
import { FilingTable } from "../FilingTable/FilingTable";
import { KenntnisInbox } from "../KenntnisInbox/KenntnisInbox";
import { ReviewPanel } from "../ReviewPanel/ReviewPanel";
import { useStaffYear } from "./useStaffYear";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
});

export interface StaffViewProps {
  api: ApiClient;
  surface: WorkbookSurface;
  role: Role;
  programmeId: string;
  now?: Date;
}

/** Koordinierungsstelle and Leitung: the year's filings as a table, the Leitung's inbox, and the desk. */
export const StaffView = ({ api, surface, role, programmeId, now = new Date() }: StaffViewProps) => {
  const styles = useStyles();
  const thisYear = now.getFullYear();
  const [year, setYear] = useState(thisYear - 1);
  const { list, error, reload } = useStaffYear(api, programmeId, year);
  const [selected, setSelected] = useState<string>();
  // Opening a filing again (also the same one) loads it afresh: the Träger may have resubmitted.
  const [opened, setOpened] = useState(0);
  const open = (id: string) => {
    setSelected(id);
    setOpened((n) => n + 1);
    void reload();
  };
  return (
    <div className={styles.root}>
      <Field label="Förderjahr">
        <Select
          value={String(year)}
          onChange={(_e, d) => {
            setSelected(undefined);
            setYear(Number(d.value));
          }}
        >
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
      {list && role === "leitung" && <KenntnisInbox list={list} onOpen={open} />}
      {list ? (
        <FilingTable list={list} {...(selected && { selected })} onOpen={open} />
      ) : (
        !error && <Spinner size="tiny" label="Lädt die Vorgänge …" />
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
      <ConsolidatedPanel api={api} surface={surface} programmeId={programmeId} year={year} />
    </div>
  );
};
