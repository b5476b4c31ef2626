import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Subtitle2,
  Textarea,
  makeStyles,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { belegnrKey } from "../../../shared/api/stichprobe-schemas";
import type { BelegZeile } from "../../../shared/filing/belegliste-field";
import { formatDate } from "../../../shared/money/format-de";
import { formatEuro } from "../../../shared/money/format-money";
import type { BelegKostenart } from "../../../shared/programme/pruefung-params";
import type { ApiClient } from "../../../shared/api/api-client";
import { ConfirmBox } from "../ConfirmBox/ConfirmBox";
import { useDeskStyles } from "../desk-styles";
import { useStichprobeDesk } from "./useStichprobeDesk";
import { NoticeBar } from "../NoticeBar/NoticeBar";

const useStyles = makeStyles({
  scroll: { maxWidth: "100%" },
  money: { textAlign: "end", whiteSpace: "nowrap" },
  // In the narrow last column (350 px) the button wraps its words instead of overflowing the cell.
  download: {
    minWidth: 0,
    maxWidth: "100%",
    height: "auto",
    paddingLeft: 0,
    paddingRight: 0,
    whiteSpace: "normal",
    textAlign: "start",
  },
});

const KOSTENART: Record<BelegKostenart, string> = {
  personalkosten: "Personal",
  verwaltung: "Verwaltung",
  sachkosten: "Sachkosten",
  budget: "Budget",
};

export interface StichprobeDeskProps {
  api: ApiClient;
  filingId: string;
  version: number;
  belege: readonly BelegZeile[];
  /** Only the Koordinierungsstelle requests; the Leitung sees rows and receipts. */
  canRequest: boolean;
  /** Told the Belegnummern of the version's Stichprobe once loaded (the Prüfvermerk starts from them). */
  onStichprobe?: (belegnummern: string[]) => void;
}

/**
 * The Belegliste on the desk: a checkbox per row to choose the Stichprobe, a confirmed „Stichprobe
 * anfordern“ with due date and note, and beside each requested row its state and the uploaded
 * receipts to download.
 */
export const StichprobeDesk = (props: StichprobeDeskProps) => {
  const { api, filingId, version, belege, canRequest, onStichprobe } = props;
  const styles = { ...useDeskStyles(), ...useStyles() };
  const d = useStichprobeDesk(api, filingId, version);
  const stand = d.list?.stichprobe;
  useEffect(() => {
    if (stand) onStichprobe?.(stand.belege.map((b) => b.belegnr));
  }, [stand, onStichprobe]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [faelligAm, setFaelligAm] = useState("");
  const [hinweis, setHinweis] = useState("");
  const [confirming, setConfirming] = useState(false);
  const requested = new Map((d.list?.stichprobe?.belege ?? []).map((b) => [belegnrKey(b.belegnr), b]));
  const toggle = (belegnr: string, on: boolean) =>
    setChosen((c) => (on ? [...c, belegnr] : c.filter((b) => b !== belegnr)));
  const reason =
    chosen.length === 0
      ? "Bitte mindestens einen Beleg ankreuzen."
      : !faelligAm
        ? "Bitte die Frist angeben, bis wann die Belege hochzuladen sind."
        : undefined;
  return (
    <section className={styles.root} aria-labelledby={`belege-${version}`}>
      <Subtitle2 as="h3" id={`belege-${version}`}>
        Belegliste und Stichprobe (Version {version})
      </Subtitle2>
      {d.list?.stichprobe && <Caption1>{d.list.stichprobe.hinweis}</Caption1>}
      {belege.length === 0 ? (
        <Caption1>Diese Version hat keine Belegliste.</Caption1>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.table} aria-label={`Belegliste, Version ${version}`}>
            <thead>
              <tr>
                {canRequest && <th className={styles.cell}>Stichprobe</th>}
                <th className={styles.cell}>Belegnr.</th>
                <th className={styles.cell}>Datum</th>
                <th className={styles.cell}>Zahlungsempfänger</th>
                <th className={styles.cell}>Betrag</th>
                <th className={styles.cell}>Kostenart</th>
                <th className={styles.cell}>Beleg</th>
              </tr>
            </thead>
            <tbody>
              {belege.map((b, row) => {
                const asked = b.belegnr.trim() ? requested.get(belegnrKey(b.belegnr)) : undefined;
                return (
                  <tr key={row}>
                    {canRequest && (
                      <td className={styles.cell}>
                        <Checkbox
                          aria-label={`Beleg ${b.belegnr || `Zeile ${row + 1}`} für die Stichprobe wählen`}
                          checked={chosen.includes(b.belegnr)}
                          // A row without a Belegnr. cannot be named in a request.
                          disabled={d.busy || !b.belegnr.trim()}
                          onChange={(_e, data) => toggle(b.belegnr, data.checked === true)}
                        />
                      </td>
                    )}
                    <td className={styles.cell}>{b.belegnr}</td>
                    <td className={styles.cell}>{b.datum ? formatDate(b.datum) : "–"}</td>
                    <td className={styles.cell}>{b.zahlungsempfaenger}</td>
                    <td className={`${styles.cell} ${styles.money}`}>
                      {b.betrag === null ? "–" : formatEuro(b.betrag)}
                    </td>
                    <td className={styles.cell}>
                      {b.kostenart ? KOSTENART[b.kostenart] : "–"}
                      {b.budgetzeile ? ` ${b.budgetzeile}` : ""}
                    </td>
                    <td className={styles.cell}>
                      {!asked
                        ? "–"
                        : asked.anlagen.length === 0
                          ? `angefordert bis ${formatDate(asked.faelligAm)}, fehlt`
                          : asked.anlagen.map((id, i) => (
                              <Button
                                key={id}
                                size="small"
                                appearance="transparent"
                                className={styles.download}
                                disabled={d.busy}
                                onClick={() => void d.download(id)}
                                aria-label={`Beleg ${b.belegnr} herunterladen${asked.anlagen.length > 1 ? ` (Datei ${i + 1})` : ""}`}
                              >
                                herunterladen
                              </Button>
                            ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {canRequest && belege.length > 0 && (
        <>
          <div className={styles.row}>
            <Field label="Frist für die Belege">
              <Input type="date" value={faelligAm} onChange={(_e, v) => setFaelligAm(v.value)} />
            </Field>
          </div>
          <Field label="Hinweis an den Träger (optional)">
            <Textarea value={hinweis} onChange={(_e, v) => setHinweis(v.value)} resize="vertical" />
          </Field>
          <div className={styles.row}>
            <Button disabled={d.busy || Boolean(reason) || confirming} onClick={() => setConfirming(true)}>
              Stichprobe anfordern
            </Button>
            {reason && <Caption1>{reason}</Caption1>}
          </div>
          {confirming && (
            <ConfirmBox
              label="Stichprobe anfordern?"
              confirm="Anfordern"
              onCancel={() => setConfirming(false)}
              onConfirm={() => {
                setConfirming(false);
                void d.request(chosen, faelligAm, hinweis);
              }}
            >
              Stichprobe von {chosen.length === 1 ? "1 Beleg" : `${chosen.length} Belegen`} (
              {chosen.join(", ")}) bis {formatDate(faelligAm)} anfordern? Der Träger sieht die Anforderung in
              „Meine Berichte“ und lädt die Belege dort hoch.
            </ConfirmBox>
          )}
        </>
      )}
      <NoticeBar notice={d.notice} />
    </section>
  );
};
