import { Link, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { YearSelect } from "../YearSelect/YearSelect";
import type { Role } from "../../../shared/domain/lifecycle";
import { parseFilingViewHash } from "../../../shared/consolidate/link-cell";
import { FILING_KEY_PATTERN } from "../../../shared/filing/filing";
import type { ApiClient } from "../../../shared/api/api-client";
import type { WorkbookSurface } from "../../host/workbook-surface";
import { ArchiveDownload } from "../ArchiveDownload/ArchiveDownload";
import { ConsolidatedPanel } from "../ConsolidatedPanel/ConsolidatedPanel";
import { FilingTable } from "../FilingTable/FilingTable";
import { KenntnisInbox } from "../KenntnisInbox/KenntnisInbox";
import { PAYMENTS_DESK_ID, PaymentsDesk } from "../PaymentsDesk/PaymentsDesk";
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
  /** The page's fragment: a stored version to open on the desk at once (`#vorgang=…&version=…`). */
  hash?: string;
}

/** The year a link's filing id names, when the filing is of this programme. */
const yearOf = (link: ReturnType<typeof parseFilingViewHash>, programmeId: string) => {
  const match = link && FILING_KEY_PATTERN.exec(link.filingId);
  return match && match[1] === programmeId ? Number(match[2]) : undefined;
};

/** Koordinierungsstelle and Leitung: the year's filings as a table, the Leitung's inbox, and the desk. */
export const StaffView = ({ api, surface, role, programmeId, now = new Date(), hash }: StaffViewProps) => {
  const styles = useStyles();
  const link = parseFilingViewHash(hash ?? "");
  const thisYear = now.getFullYear();
  const linkedYear = yearOf(link, programmeId);
  const [year, setYear] = useState(linkedYear ?? thisYear - 1);
  const { list, error, reload } = useStaffYear(api, programmeId, year);
  const [selected, setSelected] = useState<string | undefined>(linkedYear ? link?.filingId : undefined);
  const years = [thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
  if (!years.includes(year)) years.push(year);
  // Opening a filing again (also the same one) loads it afresh: the Träger may have resubmitted.
  const [opened, setOpened] = useState(0);
  const open = (id: string) => {
    setSelected(id);
    setOpened((n) => n + 1);
    void reload();
  };
  const openMeta = list?.items.find((i) => i.filingId === selected)?.meta;
  const payments = list && role === "koordinierung";
  return (
    <div className={styles.root}>
      {payments && (
        // The payment screen sits below the open filing: one step there, the focus moved along.
        <Link
          aria-controls={PAYMENTS_DESK_ID}
          onClick={() => document.getElementById(PAYMENTS_DESK_ID)?.focus()}
        >
          Zu den Auszahlungen {year}
        </Link>
      )}
      <YearSelect
        year={year}
        years={years}
        onYear={(y) => {
          setSelected(undefined);
          setYear(y);
        }}
      />
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {list && role === "leitung" && <KenntnisInbox list={list} onOpen={open} />}
      {list ? (
        <FilingTable list={list} programmeId={programmeId} {...(selected && { selected })} onOpen={open} />
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
          // The linked version until the user opens a filing from the table.
          {...(opened === 0 && link && selected === link.filingId && { initialVersion: link.version })}
          onChanged={() => void reload()}
        />
      )}
      {selected && role === "koordinierung" && (
        <ArchiveDownload key={selected} api={api} target={{ kind: "filing", filingId: selected }} />
      )}
      {payments && (
        <PaymentsDesk
          api={api}
          programmeId={programmeId}
          year={year}
          list={list}
          preselect={openMeta}
          onChanged={() => void reload()}
        />
      )}
      <ConsolidatedPanel api={api} surface={surface} programmeId={programmeId} year={year} />
      {role === "koordinierung" && (
        <ArchiveDownload key={year} api={api} target={{ kind: "year", programmeId, year }} />
      )}
    </div>
  );
};
