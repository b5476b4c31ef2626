import { Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import type { ListResponse } from "../../../shared/api/api-schemas";
import { FILING_KIND_LABELS } from "../../../shared/filing/filing";
import { districtName, traegerName } from "../../../shared/programme/stammdaten";
import { formatDate } from "../format/format-value";
import { useListStyles } from "../list-styles";

/** The Leitung's start: what the Koordinierungsstelle has checked and now waits for „zur Kenntnis“. */
export const KenntnisInbox = ({
  list,
  onOpen,
}: {
  list: ListResponse;
  onOpen: (filingId: string) => void;
}) => {
  const styles = useListStyles();
  const waiting = list.items.filter((i) => i.status === "rechnerisch_geprueft");
  return (
    <section aria-labelledby="kenntnis-title">
      <Subtitle2 as="h2" id="kenntnis-title">
        Wartet auf Ihre Kenntnisnahme ({waiting.length})
      </Subtitle2>
      {waiting.length === 0 && <Caption1 as="p">Zurzeit wartet nichts auf Sie.</Caption1>}
      <ul className={styles.list}>
        {waiting.map((i) => (
          <li key={i.filingId}>
            <Button appearance="subtle" className={styles.item} onClick={() => onOpen(i.filingId)}>
              <span className={styles.text}>
                <span>
                  {districtName(i.meta.programmeId, i.meta.districtId)} · {FILING_KIND_LABELS[i.kind]}
                </span>
                <Caption1>
                  {traegerName(i.meta.programmeId, i.meta.traegerId)} · Version {i.latestVersion} · geprüft,
                  zuletzt geändert {formatDate(i.updatedAt)}
                </Caption1>
              </span>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
};
