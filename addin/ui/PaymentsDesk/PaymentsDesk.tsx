import { Caption1, Field, Select, Subtitle2, makeStyles, mergeClasses } from "@fluentui/react-components";
import { useState } from "react";
import type { ListResponse } from "../../../shared/api/api-schemas";
import type { ApiClient } from "../../../shared/api/api-client";
import { formatDate } from "../../../shared/money/format-de";
import { formatAmount, formatEuro } from "../../../shared/money/format-money";
import { districtName, traegerName } from "../../../shared/programme/stammdaten";
import { AUSZAHLUNG_ART_LABELS, type ZahlungVorgang } from "../../../shared/pruefung/zahlung";
import { useDeskStyles } from "../desk-styles";
import { PaymentForm } from "./PaymentForm";
import { usePaymentsDesk, type Zuordnung } from "./usePaymentsDesk";
import { NoticeBar } from "../NoticeBar/NoticeBar";

const useStyles = makeStyles({
  money: { textAlign: "end" },
  // The year's table: amounts without the unit (it is in the heads) never break; names may.
  amount: { textAlign: "end", whiteSpace: "nowrap" },
  // A word breaks only where it does not fit (not anywhere): the heads stay whole at 350 px.
  yearTable: { overflowWrap: "break-word" },
  select: { width: "100%", maxWidth: "100%", minWidth: 0 },
});

const money = (cents: number | null | undefined) =>
  cents === null || cents === undefined ? "–" : formatEuro(cents);
const amount = (cents: number | null | undefined) =>
  cents === null || cents === undefined ? "–" : formatAmount(cents);

/** How the ledger names an entry: the Auszahlung's Art, else what the Rückforderung's step was. */
const artOf = (v: ZahlungVorgang) =>
  v.typ === "auszahlung"
    ? AUSZAHLUNG_ART_LABELS[v.art]
    : v.typ === "festsetzung"
      ? `Rückforderung festgesetzt, fällig ${formatDate(v.faelligAm)}`
      : "Zahlungseingang (Rückzahlung)";

export interface PaymentsDeskProps {
  api: Pick<ApiClient, "call">;
  programmeId: string;
  year: number;
  /** The year's filings as the table has them: their Zuordnungen and granted / paid / stated. */
  list: ListResponse;
  /** After a payment is stored: the year's list reloads, so „ausgezahlt“ follows. */
  onChanged?: () => void;
  /** The Träger and district of the filing open on the desk: chosen whenever it changes. */
  preselect?: Zuordnung | undefined;
}

/** The element the staff view's link „Zu den Auszahlungen“ controls and moves the focus to. */
export const PAYMENTS_DESK_ID = "auszahlungen";

const keyOf = (z: Zuordnung | undefined) => z && `${z.traegerId}/${z.districtId}`;

/**
 * „Auszahlungen“ of the Koordinierungsstelle: per Verwendungsnachweis of the year what was granted,
 * paid and stated; for the Träger and district chosen the payments recorded (oldest first) and a
 * form to record the next one. Entries are never changed (docs/pruefung.md).
 */
export const PaymentsDesk = ({ api, programmeId, year, list, onChanged, preselect }: PaymentsDeskProps) => {
  const styles = { ...useDeskStyles(), ...useStyles() };
  const vns = list.items.filter((i) => i.kind === "verwendungsnachweis");
  const options: Zuordnung[] = [...vns, ...list.missing.filter((m) => m.kind === "verwendungsnachweis")].map(
    (f) => ({ traegerId: f.meta.traegerId, districtId: f.meta.districtId }),
  );
  // The user's choice stands until another filing is opened on the desk (then its Zuordnung).
  const pre = keyOf(preselect);
  const [chosen, setChosen] = useState(pre);
  const [seen, setSeen] = useState(pre);
  if (pre !== seen) {
    setSeen(pre);
    if (options.some((o) => keyOf(o) === pre)) setChosen(pre);
  }
  const zuordnung = options.find((o) => keyOf(o) === chosen) ?? options[0];
  const d = usePaymentsDesk(api, programmeId, year, zuordnung, onChanged);
  const name = (z: Zuordnung) =>
    `${districtName(programmeId, z.districtId)} · ${traegerName(programmeId, z.traegerId)}`;
  return (
    <section
      id={PAYMENTS_DESK_ID}
      tabIndex={-1}
      className={styles.root}
      aria-labelledby={`zahlungen-${year}`}
    >
      <Subtitle2 as="h3" id={`zahlungen-${year}`}>
        Auszahlungen {year}
      </Subtitle2>
      {vns.length > 0 && (
        <table
          className={mergeClasses(styles.table, styles.yearTable)}
          aria-label={`Zuschuss ${year}: bewilligt, ausgezahlt, angegeben`}
        >
          <thead>
            <tr>
              <th className={`${styles.cell} ${styles.money}`}>bewilligt (€)</th>
              <th className={`${styles.cell} ${styles.money}`}>ausgezahlt (€)</th>
              <th className={`${styles.cell} ${styles.money}`}>angegeben (€)</th>
            </tr>
          </thead>
          {/* Per Stadtteil a group: its name on a line of its own, so three amounts fit 350 px. */}
          {vns.map((i) => (
            <tbody key={i.filingId} aria-label={districtName(programmeId, i.meta.districtId)}>
              <tr>
                <th className={styles.cell} colSpan={3} scope="rowgroup">
                  {districtName(programmeId, i.meta.districtId)}
                </th>
              </tr>
              <tr>
                <td className={`${styles.cell} ${styles.amount}`}>{amount(i.zahlen?.bewilligt)}</td>
                <td className={`${styles.cell} ${styles.amount}`}>{amount(i.zahlen?.ausgezahlt)}</td>
                <td className={`${styles.cell} ${styles.amount}`}>{amount(i.zahlen?.angegeben)}</td>
              </tr>
            </tbody>
          ))}
        </table>
      )}
      {!zuordnung ? (
        <Caption1>In diesem Jahr ist kein Verwendungsnachweis zugeordnet.</Caption1>
      ) : (
        <>
          <Field label="Träger und Stadtteil">
            <Select
              className={styles.select}
              value={String(options.indexOf(zuordnung))}
              onChange={(_e, v) => setChosen(keyOf(options[Number(v.value)]))}
            >
              {options.map((z, i) => (
                <option key={`${z.traegerId}/${z.districtId}`} value={i}>
                  {name(z)}
                </option>
              ))}
            </Select>
          </Field>
          {d.ledger &&
            (d.ledger.eintraege.length === 0 ? (
              <Caption1>Für {name(zuordnung)} ist noch keine Zahlung erfasst.</Caption1>
            ) : (
              <table className={styles.table} aria-label={`Zahlungen: ${name(zuordnung)}`}>
                <thead>
                  <tr>
                    <th className={styles.cell}>Datum</th>
                    <th className={styles.cell}>Art</th>
                    <th className={`${styles.cell} ${styles.money}`}>Betrag</th>
                  </tr>
                </thead>
                <tbody>
                  {d.ledger.eintraege.map((e) => (
                    <tr key={e.seq}>
                      <td className={styles.cell}>{formatDate(e.vorgang.datum)}</td>
                      <td className={styles.cell}>{artOf(e.vorgang)}</td>
                      <td className={`${styles.cell} ${styles.money}`}>{money(e.vorgang.betrag)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th className={styles.cell} colSpan={2}>
                      ausgezahlt
                    </th>
                    <td className={`${styles.cell} ${styles.money}`}>{money(d.ledger.ausgezahlt)}</td>
                  </tr>
                </tfoot>
              </table>
            ))}
          <PaymentForm
            key={options.indexOf(zuordnung)}
            empfaenger={name(zuordnung)}
            busy={d.busy}
            onSave={d.save}
          />
        </>
      )}
      <NoticeBar notice={d.notice} />
    </section>
  );
};
