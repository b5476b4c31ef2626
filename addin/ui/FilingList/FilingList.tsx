import { Badge, Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useListStyles } from "../list-styles";
import type { FilingSummary, ListResponse } from "../../../shared/api/api-schemas";
import { STATUS_LABELS } from "../../../shared/domain/lifecycle";
import { FILING_KIND_LABELS } from "../../../shared/filing/filing";
import { formatEuro } from "../../../shared/money/format-money";
import { districtName, traegerName } from "../../../shared/programme/stammdaten";

const useStyles = makeStyles({
  line: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap", alignItems: "center" },
});

const date = (iso: string) => new Date(`${iso}T00:00:00`).toLocaleDateString("de-DE");

/**
 * Amounts, where the list carries them (another change adds them to GET /filings); shown as they
 * come, nothing computed here.
 */
const amounts = (item: FilingSummary): string | undefined => {
  const extra = (item as FilingSummary & { amounts?: Record<string, number | null> }).amounts;
  if (!extra) return undefined;
  const label: Record<string, string> = {
    zuschuss: "Zuschuss",
    kostensumme: "Kosten",
    differenz: "Differenz",
  };
  return Object.entries(extra)
    .filter(([, v]) => typeof v === "number")
    .map(([k, v]) => `${label[k] ?? k} ${formatEuro(v as number)}`)
    .join(" · ");
};

export interface FilingListProps {
  list: ListResponse;
  selected?: string;
  onOpen: (filingId: string) => void;
}

/** A programme year at a glance: each filing with status, due date, overdue, findings; then who is missing. */
export const FilingList = ({ list, selected, onOpen }: FilingListProps) => {
  const styles = { ...useListStyles(), ...useStyles() };
  return (
    <section aria-labelledby="list-title">
      <Subtitle2 as="h2" id="list-title">
        Eingänge ({list.items.length})
      </Subtitle2>
      <ul className={styles.list}>
        {list.items.map((item) => (
          <li key={item.filingId}>
            <Button
              appearance={item.filingId === selected ? "secondary" : "subtle"}
              className={styles.item}
              aria-current={item.filingId === selected}
              onClick={() => onOpen(item.filingId)}
            >
              <span className={styles.text}>
                <span>
                  {districtName(item.meta.programmeId, item.meta.districtId)} ·{" "}
                  {FILING_KIND_LABELS[item.kind]}
                </span>
                <span className={styles.line}>
                  <Badge appearance="tint" color={item.status === "zurueckgegeben" ? "warning" : "brand"}>
                    {STATUS_LABELS[item.status]}
                  </Badge>
                  {item.overdue && (
                    <Badge appearance="filled" color="danger">
                      überfällig
                    </Badge>
                  )}
                  <Caption1>
                    {traegerName(item.meta.programmeId, item.meta.traegerId)} · v{item.latestVersion} · fällig{" "}
                    {date(item.dueDate)}
                    {item.findingCounts.warnung ? ` · ${item.findingCounts.warnung} Warnungen` : ""}
                  </Caption1>
                </span>
                {amounts(item) && <Caption1>{amounts(item)}</Caption1>}
              </span>
            </Button>
          </li>
        ))}
      </ul>
      {list.missing.length > 0 && (
        <>
          <Subtitle2 as="h3">Fehlt noch ({list.missing.length})</Subtitle2>
          <ul className={styles.list}>
            {list.missing.map((m) => (
              <li key={m.filingId}>
                <Caption1>
                  {districtName(m.meta.programmeId, m.meta.districtId)} · {FILING_KIND_LABELS[m.kind]} ·{" "}
                  {traegerName(m.meta.programmeId, m.meta.traegerId)} · fällig {date(m.dueDate)}
                  {m.overdue ? " · überfällig" : ""}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
