import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FilingSummary } from "../../../shared/api/api-schemas";
import { formatEuro } from "../../../shared/money/format-money";
import { districtName } from "../../../shared/programme/stammdaten";
import type { ZahlungsStand } from "../../../shared/pruefung/rueckforderung-stand";
import type { ApiClient } from "../../../shared/api/api-client";
import { formatDate } from "../format/format-value";
import { useRueckforderung } from "./useRueckforderung";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: tokens.spacingVerticalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  list: {
    display: "grid",
    gridTemplateColumns: "auto auto",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  pair: { display: "contents" },
  value: { margin: 0, textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

const money = (cents: number | null | undefined) =>
  cents === null || cents === undefined ? "—" : formatEuro(cents);

/** The figures in the order the Träger reads them: what was granted and paid, what stands, what is owed. */
const rows = (s: ZahlungsStand): [string, string][] => [
  ["Zuschuss bewilligt", money(s.bewilligt)],
  ["ausgezahlt", money(s.ausgezahlt)],
  ["anerkannte Kosten", money(s.rueckforderung?.anerkannt)],
  ["Rückforderung", money(s.festsetzung?.betrag ?? s.rueckforderung?.betrag)],
  ["fällig am", s.festsetzung ? formatDate(s.festsetzung.faelligAm) : "noch nicht festgesetzt"],
  ...(s.zinsen > 0 ? [["Zinsen", money(s.zinsen)] as [string, string]] : []),
  ...(s.zurueckgezahlt > 0 ? [["zurückgezahlt", money(s.zurueckgezahlt)] as [string, string]] : []),
  ["offen", money(s.offen)],
];

export interface RueckforderungCardProps {
  api: Pick<ApiClient, "getFiling">;
  item: FilingSummary;
}

/**
 * „Rückforderung“ of a Verwendungsnachweis in „Meine Berichte“: shown once a Prüfvermerk or a
 * Festsetzung exists (docs/pruefung.md); the figures are the API's, computed in shared/pruefung.
 */
export const RueckforderungCard = ({ api, item }: RueckforderungCardProps) => {
  const styles = useStyles();
  const { stand, error } = useRueckforderung(api, item);
  if (error) return <Caption1>Die Rückforderung ließ sich nicht laden: {error}</Caption1>;
  if (!stand) return null;
  const title = `Rückforderung ${districtName(item.meta.programmeId, item.meta.districtId)} ${item.meta.year}`;
  return (
    <section className={styles.card} aria-label={title}>
      <Text weight="semibold">Rückforderung</Text>
      <dl className={styles.list}>
        {rows(stand).map(([label, value]) => (
          <div key={label} className={styles.pair}>
            <dt>{label}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
};
