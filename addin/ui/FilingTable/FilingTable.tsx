import {
  Badge,
  Button,
  Field,
  Input,
  Select,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ListResponse } from "../../../shared/api/api-schemas";
import { formatEuro } from "../../../shared/money/format-money";
import { formatDate } from "../format/format-value";
import { STATUS_BADGE_COLOR, StatusBadge, statusBadgeText } from "../StatusBadge/StatusBadge";
import { filingRows, filterRows, sortRows, type FilingRow, type Sort, type SortKey } from "./filing-rows";

/**
 * Below this width (Excel's task pane is 320–350 px) the table becomes one card per row: each
 * cell on its own line with its column's name, the column heads a wrapping row of sort buttons. So
 * neither the page nor the table's region ever scrolls sideways, at any width.
 */
const NARROW = "@media (max-width: 699px)";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  filters: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  // A safety net between the two layouts (a window a little too narrow for eleven columns); at
  // 1,280 px the table fits and at task-pane width it is cards, so neither scrolls (role-screens.ts).
  region: { maxWidth: "100%", minWidth: 0, overflowX: "auto", [NARROW]: { overflowX: "visible" } },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    [NARROW]: { display: "block" },
  },
  head: { [NARROW]: { display: "block" } },
  headRow: {
    [NARROW]: {
      display: "flex",
      flexWrap: "wrap",
      columnGap: tokens.spacingHorizontalM,
      rowGap: tokens.spacingVerticalXXS,
      paddingBottom: tokens.spacingVerticalXS,
      borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    },
  },
  body: { [NARROW]: { display: "block" } },
  row: {
    [NARROW]: {
      display: "block",
      padding: `${tokens.spacingVerticalS} 0`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    },
  },
  cell: {
    textAlign: "start",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: "top",
    [NARROW]: {
      display: "flex",
      justifyContent: "space-between",
      gap: tokens.spacingHorizontalS,
      padding: `1px 0`,
      borderBottom: "none",
      overflowWrap: "anywhere",
      "::before": { content: "attr(data-label)", color: tokens.colorNeutralForeground3, flexShrink: 0 },
    },
  },
  // The first cell opens the filing: the card's title, without a label.
  lead: { [NARROW]: { "::before": { content: "none" }, fontWeight: tokens.fontWeightSemibold } },
  headCell: { [NARROW]: { display: "block", padding: 0, borderBottom: "none" } },
  number: { textAlign: "end", whiteSpace: "nowrap", [NARROW]: { whiteSpace: "normal" } },
  // Heads may wrap („Kosten­summe ▲“): eleven columns fit a desktop window without scrolling.
  sort: {
    minWidth: 0,
    padding: 0,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: "start",
    whiteSpace: "normal",
  },
  open: {
    minWidth: 0,
    padding: 0,
    textAlign: "start",
    justifyContent: "flex-start",
    [NARROW]: { whiteSpace: "normal", overflowWrap: "anywhere" },
  },
});

const COLUMNS: { key: SortKey; label: string; number?: boolean }[] = [
  { key: "district", label: "Stadtteil" },
  { key: "traeger", label: "Träger" },
  { key: "form", label: "Form" },
  { key: "status", label: "Status" },
  { key: "version", label: "Version", number: true },
  { key: "submittedAt", label: "eingegangen" },
  { key: "dueDate", label: "fällig" },
  { key: "zuschuss", label: "Zuschuss", number: true },
  { key: "kostensumme", label: "Kostensumme", number: true },
  { key: "differenz", label: "Differenz", number: true },
  { key: "befunde", label: "Befunde", number: true },
];

const euro = (cents: number | null) => (cents === null ? "–" : formatEuro(cents));

export interface FilingTableProps {
  list: ListResponse;
  /** The year's programme, whose words the statuses use. */
  programmeId: string;
  selected?: string;
  onOpen: (filingId: string) => void;
}

/** The year as a table: every filing and every missing one, sortable by each column, filterable. */
export const FilingTable = ({ list, programmeId, selected, onOpen }: FilingTableProps) => {
  const styles = useStyles();
  const [sort, setSort] = useState<Sort>({ key: "district", direction: "ascending" });
  const [text, setText] = useState("");
  const [status, setStatus] = useState("");
  const rows = sortRows(filterRows(filingRows(list), text, status), sort);
  const toggle = (key: SortKey) =>
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === "ascending" ? "descending" : "ascending",
    }));
  const cell = (r: FilingRow, key: SortKey) => {
    switch (key) {
      case "district":
        return r.stored ? (
          <Button
            appearance="transparent"
            className={styles.open}
            aria-current={r.filingId === selected}
            onClick={() => onOpen(r.filingId)}
          >
            {r.district} · {r.form}
          </Button>
        ) : (
          r.district
        );
      case "status":
        return <StatusBadge status={r.status} programmeId={programmeId} />;
      case "submittedAt":
        return r.submittedAt ? formatDate(r.submittedAt) : "–";
      case "dueDate":
        return (
          <>
            {formatDate(r.dueDate)}{" "}
            {r.overdue && (
              <Badge appearance="filled" color="danger">
                überfällig
              </Badge>
            )}
          </>
        );
      case "zuschuss":
      case "kostensumme":
      case "differenz":
        return euro(r[key]);
      default:
        return r[key] ?? "–";
    }
  };
  return (
    <section className={styles.root} aria-labelledby="table-title">
      <Subtitle2 as="h2" id="table-title">
        Das Förderjahr ({list.items.length} eingegangen, {list.missing.length} fehlen)
      </Subtitle2>
      <div className={styles.filters}>
        <Field label="Suche (Träger, Stadtteil)">
          <Input value={text} onChange={(_e, d) => setText(d.value)} />
        </Field>
        <Field label="Status">
          <Select value={status} onChange={(_e, d) => setStatus(d.value)}>
            <option value="">alle</option>
            {(Object.keys(STATUS_BADGE_COLOR) as (keyof typeof STATUS_BADGE_COLOR)[])
              .filter((s) => s !== "entwurf" && s !== "offen")
              .map((s) => (
                <option key={s} value={s}>
                  {statusBadgeText(s, programmeId)}
                </option>
              ))}
          </Select>
        </Field>
      </div>
      {/* Explicit roles: a table shown as cards (display: block) keeps its table semantics. */}
      <div className={styles.region} role="region" aria-label="Vorgänge des Jahres" tabIndex={0}>
        <table className={styles.table} role="table">
          <thead className={styles.head} role="rowgroup">
            <tr className={styles.headRow} role="row">
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  role="columnheader"
                  className={mergeClasses(styles.cell, styles.headCell, c.number && styles.number)}
                  aria-sort={sort.key === c.key ? sort.direction : "none"}
                >
                  <Button appearance="transparent" className={styles.sort} onClick={() => toggle(c.key)}>
                    {c.label}
                    {sort.key === c.key ? (sort.direction === "ascending" ? " ▲" : " ▼") : ""}
                  </Button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className={styles.body} role="rowgroup">
            {rows.map((r) => (
              <tr key={r.filingId} className={styles.row} role="row">
                {COLUMNS.map((c, i) => (
                  <td
                    key={c.key}
                    role="cell"
                    data-label={c.label}
                    className={mergeClasses(styles.cell, c.number && styles.number, i === 0 && styles.lead)}
                  >
                    {cell(r, c.key)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
};
